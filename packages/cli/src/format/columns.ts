import { tableCell } from './table.js';

/**
 * Rows as aligned text columns under an upper-cased header, each cell made terminal-safe and
 * short by {@link tableCell}. The last column is not padded.
 */
export function alignedColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | undefined>>,
): string[] {
  const cells = rows.map((r) => header.map((_, i) => tableCell(r[i])));
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
