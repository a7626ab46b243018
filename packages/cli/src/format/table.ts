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
  const chars = [...clean];
  return chars.length > MAX_CELL_WIDTH ? `${chars.slice(0, MAX_CELL_WIDTH - 1).join('')}…` : clean;
}

function width(s: string): number {
  return [...s].length;
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
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
      .join('  ')
      .trimEnd();
  const out = rows.length > 0 ? [line(header), ...rows.map(line)] : ['(no users)'];
  if (summaries.length > 0) out.push('', ...summaries.map(summaryLine));
  return `${out.join('\n')}\n`;
}
