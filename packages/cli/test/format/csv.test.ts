import { describe, expect, it } from 'vitest';
import { csvCell, DIRECTORY_CSV_COLUMNS, directoryToCsv, toCsv } from '../../src/format/csv.js';
import { user } from '../support/users.js';

describe('csvCell', () => {
  it.each([
    ['plain text', 'ada@example.com', 'ada@example.com'],
    ['empty string', '', ''],
    ['undefined', undefined, ''],
    ['null', null, ''],
    ['comma is quoted', 'Doe, Jane', '"Doe, Jane"'],
    ['quotes are doubled', 'say "hi"', '"say ""hi"""'],
    ['LF is quoted', 'two\nlines', '"two\nlines"'],
    ['CR inside is quoted', 'a\rb', '"a\rb"'],
    ['= is neutralised', '=1+1', "'=1+1"],
    ['+ is neutralised', '+15551234', "'+15551234"],
    ['- is neutralised', '-2', "'-2"],
    ['@ is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab is neutralised', '\t=1', "'\t=1"],
    ['leading CR is neutralised and quoted', '\r=1', `"'\r=1"`],
    [
      'formula with quotes and comma: neutralised, then quoted',
      '=HYPERLINK("http://x","y")',
      `"'=HYPERLINK(""http://x"",""y"")"`,
    ],
    ['full-width ＝ is neutralised', '＝1+1', "'＝1+1"],
    ['full-width ＋ is neutralised', '＋15551234', "'＋15551234"],
    ['full-width － is neutralised', '－2', "'－2"],
    ['full-width ＠ is neutralised', '＠SUM(A1)', "'＠SUM(A1)"],
    ['trigger char later in the cell is left alone', 'a=b', 'a=b'],
    ['date is not touched', '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it.each([
    ['no rows', [], ''],
    ['one row', [['a', 'b']], 'a,b\r\n'],
    ['CRLF after every record', [['a'], ['b']], 'a\r\nb\r\n'],
    ['empty cells keep their commas', [['', 'x', undefined]], ',x,\r\n'],
  ])('%s', (_name, rows, expected) => {
    expect(toCsv(rows)).toBe(expected);
  });
});

describe('directoryToCsv', () => {
  it('writes the header and one record per user, groups joined by "; "', () => {
    const csv = directoryToCsv([
      user(),
      user({ vendor: 'openai', id: 'u-2', name: undefined, role: undefined, groups: [] }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      DIRECTORY_CSV_COLUMNS.join(','),
      'telnyx,u-1,ada@example.com,Ada Lovelace,active,member,Engineering; Sales,2024-01-02T03:04:05.000Z,2024-02-03T04:05:06.000Z',
      'openai,u-2,ada@example.com,,active,,,2024-01-02T03:04:05.000Z,2024-02-03T04:05:06.000Z',
      '',
    ]);
  });

  it('neutralises a formula in any column', () => {
    const csv = directoryToCsv([user({ name: '=cmd|/c calc', email: '@evil', groups: ['+x'] })]);
    const record = csv.split('\r\n')[1];
    expect(record).toContain(",'=cmd|/c calc,");
    expect(record).toContain(",'@evil,");
    expect(record).toContain(",'+x,");
  });
});
