import { createRequire } from 'node:module';
import type { DirectoryUser, Vendor } from '@orgdir/client';
import { BIDI_CONTROLS } from '../terminal.js';

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
 * Makes a value safe for a terminal without shortening it: control characters (which could move
 * the cursor or recolour the screen) become `?`, and bidi controls (which could reorder what the
 * row shows) are removed.
 */
export function cleanCell(value: string | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
  return (value ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').replace(BIDI_CONTROLS, '');
}

let graphemes: Intl.Segmenter | undefined;
let stringWidthOf: ((s: string) => number) | undefined;

/**
 * string-width, loaded on the first cell that is not plain ASCII: its Unicode tables take about
 * 80 ms of CPU to load, which a run whose cells are all ASCII (or that prints no table) never pays.
 * `require` of an ES module is stable from Node 20.19, the oldest Node the CLI supports.
 */
function stringWidth(s: string): number {
  stringWidthOf ??= (createRequire(import.meta.url)('string-width') as typeof import('string-width')).default;
  return stringWidthOf(s);
}

/**
 * {@link cleanCell}, then cut to {@link MAX_CELL_WIDTH} terminal columns (a CJK character or an
 * emoji takes two) on a grapheme boundary, with an ellipsis.
 */
export function tableCell(value: string | undefined): string {
  // Nearly every cell: printable ASCII (nothing to clean, a column per character) that fits.
  if (value !== undefined && value.length <= MAX_CELL_WIDTH && PRINTABLE_ASCII.test(value)) return value;
  const clean = cleanCell(value);
  if (width(clean) <= MAX_CELL_WIDTH) return clean;
  let out = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(clean)) {
    const w = stringWidth(segment);
    if (used + w > MAX_CELL_WIDTH - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Columns a string takes in a terminal (East Asian wide characters and emoji count two). Plain
 * ASCII, nearly every cell, is its length: string-width is for the rest, a million rows stay fast.
 */
function width(s: string): number {
  return PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s);
}

/** One summary line, e.g. `acme: 3 users` or `globex: failed (401 …)`. */
export function summaryLine(s: VendorSummary): string {
  switch (s.status) {
    case 'ok': {
      const unmapped = s.unmapped ? `, ${s.unmapped} not mapped (see stderr)` : '';
      return `${s.vendor}: ${s.users} user${s.users === 1 ? '' : 's'}${unmapped}`;
    }
    case 'failed':
      // Never cut: the reason (vendor, cause, code) is the point of the line.
      return `${s.vendor}: failed${s.message ? ` (${cleanCell(s.message)})` : ''}`;
    case 'skipped':
      return `${s.vendor}: skipped${s.message ? ` (${s.message})` : ''}`;
  }
}

/** A user's cells, in {@link COLUMNS} order, safe and cut for the table. */
function cellsOf(u: DirectoryUser): string[] {
  return [
    tableCell(u.vendor),
    tableCell(u.email),
    tableCell(u.name),
    tableCell(u.status),
    tableCell(u.role),
    tableCell(u.groups.join(', ')),
  ];
}

/**
 * Directory users as an aligned text table, followed by one summary line per vendor.
 *
 * Two passes over the users: the first measures each column, the second prints the rows. A row's
 * cells are made again for printing rather than kept from the first pass: for a million users,
 * holding six million cells until the end cost more in garbage collection than making them twice
 * (a plain ASCII cell, nearly every one, is returned as it is).
 */
export function directoryToTable(users: readonly DirectoryUser[], summaries: readonly VendorSummary[] = []): string {
  const header: string[] = COLUMNS.map((c) => c.toUpperCase());
  // A loop, not Math.max(...column): spreading a million rows into one call overflows the stack.
  const widths = header.map(width);
  for (const u of users) {
    const cells = cellsOf(u);
    for (let i = 0; i < cells.length; i++) widths[i] = Math.max(widths[i] ?? 0, width(cells[i] ?? ''));
  }
  const pads: string[] = [];
  const pad = (n: number) => (pads[n] ??= ' '.repeat(n));
  const line = (cells: readonly string[]) => {
    let text = '';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? '';
      text += i === cells.length - 1 ? cell : `${cell}${pad((widths[i] ?? 0) - width(cell))}  `;
    }
    return text.trimEnd();
  };
  // Pushed one by one, not out.push(...rows): spreading a million rows overflows the stack too.
  const out = users.length > 0 ? [line(header)] : ['(no users)'];
  for (const u of users) out.push(line(cellsOf(u)));
  if (summaries.length > 0) out.push('');
  for (const summary of summaries) out.push(summaryLine(summary));
  return `${out.join('\n')}\n`;
}
