import type { DirectoryUser } from '@orgdir/client';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), including
 * the full-width forms some spreadsheets read as their ASCII twins.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20']);

/** The directory CSV header, in column order. */
export const DIRECTORY_CSV_COLUMNS = [
  'vendor',
  'id',
  'email',
  'name',
  'status',
  'role',
  'groups',
  'createdAt',
  'lastSignInAt',
] as const;

/** Separator between group names inside the one `groups` cell. */
export const GROUP_SEPARATOR = '; ';

/**
 * One CSV cell: neutralised for spreadsheets (a leading `=`, `+`, `-`, `@`, their full-width forms
 * `＝＋－＠`, tab or CR gets a `'` prefix), then quoted per RFC 4180 when it holds a comma, a double quote, CR or LF.
 */
export function csvCell(value: string | undefined | null): string {
  let cell = value ?? '';
  if (cell.length > 0 && FORMULA_TRIGGERS.has(cell[0] as string)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows to an RFC 4180 document: CRLF after every record, including the last. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | undefined | null>>): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Directory users to CSV, with the {@link DIRECTORY_CSV_COLUMNS} header. */
export function directoryToCsv(users: readonly DirectoryUser[]): string {
  return toCsv([
    DIRECTORY_CSV_COLUMNS,
    ...users.map((u) => [
      u.vendor,
      u.id,
      u.email,
      u.name,
      u.status,
      u.role,
      u.groups.join(GROUP_SEPARATOR),
      u.createdAt,
      u.lastSignInAt,
    ]),
  ]);
}
