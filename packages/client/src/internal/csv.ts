import Papa from 'papaparse';
import { ReportFormatError } from '../errors.js';

/**
 * Parses RFC 4180 CSV (quoted fields with commas, quotes and line breaks) whose first row must be
 * exactly `header`. Returns one record per data row, keyed by column name. Rows are read as
 * arrays and keyed only after the header check, so a column named `__proto__` can never reach an
 * object key.
 */
export function parseCsv<K extends string>(text: string, header: readonly K[]): Array<Record<K, string>> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new ReportFormatError(`CSV is malformed at row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`, header, []);
  }
  const [actual = [], ...rows] = parsed.data;
  const names = actual.map((name) => name.trim());
  if (names.length !== header.length || names.some((name, i) => name !== header[i])) {
    throw new ReportFormatError(
      `CSV header does not match: expected "${header.join(',')}", got "${names.join(',')}".`,
      header,
      names,
    );
  }
  return rows.map((cells, index) => {
    if (cells.length !== header.length) {
      throw new ReportFormatError(
        `CSV row ${index + 2} has ${cells.length} fields; the header has ${header.length}.`,
        header,
        names,
      );
    }
    const record = Object.create(null) as Record<K, string>;
    header.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    return record;
  });
}
