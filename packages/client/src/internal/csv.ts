import Papa from 'papaparse';
import { ReportFormatError } from '../errors.js';

/**
 * Parses RFC 4180 CSV (quoted fields with commas, quotes and line breaks) whose first row must be
 * exactly `header`, and maps each data row with `toRow`, which receives the row's cells in header
 * order (so one cell per header column). Cells are handed over by position and never keyed by the
 * names the server sent, so a column named `__proto__` can never reach an object key.
 */
export function parseCsv<K extends string, R>(
  text: string,
  header: readonly K[],
  toRow: (cells: readonly string[]) => R,
): R[] {
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    header: false,
    skipEmptyLines: true,
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new ReportFormatError(`CSV is malformed at row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`, header, []);
  }
  const rows = parsed.data;
  const names = (rows[0] ?? []).map((name) => name.trim());
  if (names.length !== header.length || names.some((name, i) => name !== header[i])) {
    throw new ReportFormatError(
      `CSV header does not match: expected "${header.join(',')}", got "${names.join(',')}".`,
      header,
      names,
    );
  }
  const out: R[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as string[];
    if (cells.length !== header.length) {
      throw new ReportFormatError(
        `CSV row ${i + 1} has ${cells.length} fields; the header has ${header.length}.`,
        header,
        names,
      );
    }
    out.push(toRow(cells));
  }
  return out;
}
