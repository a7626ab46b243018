import type { DirectoryUser, Vendor } from '@orgdir/client';

/** What the table prints under the rows for one vendor. */
export interface VendorSummary {
  vendor: Vendor;
  status: 'ok' | 'failed' | 'skipped';
  users: number;
  /** Users the client could not map to a DirectoryUser. */
  unmapped?: number;
  /** One-line reason for `failed` or `skipped`. */
  message?: string;
}

/** Widest a cell may be before it is cut with an ellipsis, so a row fits a terminal. */
export const MAX_CELL_WIDTH = 40;

const COLUMNS = ['vendor', 'email', 'name', 'status', 'role', 'groups'] as const;

/**
 * Makes a value safe and short for a terminal: control characters (which could move the cursor or
 * recolour the screen) become `?`, and long values are cut to {@link MAX_CELL_WIDTH}.
 */
export function tableCell(value: string | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
  const clean = (value ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  // Code points never outnumber UTF-16 units, so a short string needs no counting.
  if (clean.length <= MAX_CELL_WIDTH) return clean;
  const chars = [...clean];
  return chars.length > MAX_CELL_WIDTH ? `${chars.slice(0, MAX_CELL_WIDTH - 1).join('')}…` : clean;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Display width in code points, counted without building an array. */
function width(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** One summary line, e.g. `telnyx: 3 users` or `openai: failed (401 …)`. */
export function summaryLine(s: VendorSummary): string {
  switch (s.status) {
    case 'ok': {
      const unmapped = s.unmapped ? `, ${s.unmapped} not mapped (see stderr)` : '';
      return `${s.vendor}: ${s.users} user${s.users === 1 ? '' : 's'}${unmapped}`;
    }
    case 'failed':
      return `${s.vendor}: failed${s.message ? ` (${tableCell(s.message).replace(/…$/, '')})` : ''}`;
    case 'skipped':
      return `${s.vendor}: skipped${s.message ? ` (${s.message})` : ''}`;
  }
}

/** Directory users as an aligned text table, followed by one summary line per vendor. */
export function directoryToTable(users: readonly DirectoryUser[], summaries: readonly VendorSummary[] = []): string {
  const rows: string[][] = users.map((u) =>
    [u.vendor, u.email, u.name, u.status, u.role, u.groups.join(', ')].map(tableCell),
  );
  const header: string[] = COLUMNS.map((c) => c.toUpperCase());
  // A loop, not Math.max(...column): spreading a million rows into one call overflows the stack.
  const widths = header.map(width);
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, width(row[i] ?? ''));
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
      .join('  ')
      .trimEnd();
  const out = rows.length > 0 ? [line(header)] : ['(no users)'];
  for (const row of rows) out.push(line(row));
  if (summaries.length > 0) out.push('');
  for (const summary of summaries) out.push(summaryLine(summary));
  return `${out.join('\n')}\n`;
}
