import { tableCell } from './table.js';

/**
 * Rows as aligned text columns under an upper-cased header, each cell made terminal-safe (control
 * characters become `?`) and cut to the table's cell width, except the last column, which is only
 * made safe: it holds the sentence a reader needs whole (a reason, a new value).
 */
export function alignedColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | undefined>>,
): string[] {
  const last = header.length - 1;
  // One character at a time: made safe, never cut.
  const whole = (value: string | undefined) => [...(value ?? '')].map((c) => tableCell(c)).join('');
  const cells = rows.map((r) => header.map((_, i) => (i === last ? whole(r[i]) : tableCell(r[i]))));
  const head = header.map((h) => h.toUpperCase());
  const width = (s: string) => [...s].length;
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)];
}
