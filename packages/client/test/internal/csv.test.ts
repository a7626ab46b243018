import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportFormatError } from '../../src/errors.js';
import { parseCsv } from '../../src/internal/csv.js';

const HEADER = ['id', 'name', 'note'] as const;

/** Parses against HEADER into `{ id, name, note }` rows, the cells taken by position. */
const parse = (text: string) => parseCsv(text, HEADER, ([id, name, note]) => ({ id, name, note }));

/** RFC 4180 quoting: every field quoted, quotes doubled. */
const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

describe('parseCsv', () => {
  it.each([
    ['a quoted comma', 'id,name,note\n1,"Doe, Jane",x', { id: '1', name: 'Doe, Jane', note: 'x' }],
    ['doubled quotes', 'id,name,note\n1,"say ""hi""",x', { id: '1', name: 'say "hi"', note: 'x' }],
    [
      'a newline inside quotes',
      'id,name,note\r\n1,Jane,"line one\r\nline two"\r\n',
      { id: '1', name: 'Jane', note: 'line one\r\nline two' },
    ],
    ['an empty last field', 'id,name,note\n1,Jane,', { id: '1', name: 'Jane', note: '' }],
    ['a byte-order mark', '\uFEFFid,name,note\n1,Jane,x', { id: '1', name: 'Jane', note: 'x' }],
  ])('reads %s', (_name, text, row) => {
    expect(parse(text)).toEqual([row]);
  });

  it('round-trips any fields written with RFC 4180 quoting', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string(), fc.string()), { maxLength: 5 }), (rows) => {
        const text = [HEADER.join(','), ...rows.map((r) => r.map(quote).join(','))].join('\r\n');
        const parsed = parse(text);
        // A row of three empty fields is still a row: `"","",""` is not an empty line.
        expect(parsed.map((r) => [r.id, r.name, r.note])).toEqual(rows);
      }),
    );
  });

  it.each([
    ['a renamed column', 'id,full_name,note\n1,a,b', ['id', 'full_name', 'note']],
    ['a missing column', 'id,name\n1,a', ['id', 'name']],
    ['an extra column', 'id,name,note,extra\n1,a,b,c', ['id', 'name', 'note', 'extra']],
    ['a __proto__ column', 'id,__proto__,note\n1,{},b', ['id', '__proto__', 'note']],
  ])('refuses %s, naming expected and actual columns', (_name, text, actual) => {
    const error = (() => {
      try {
        parse(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReportFormatError);
    expect((error as ReportFormatError).expected).toEqual(HEADER);
    expect((error as ReportFormatError).actual).toEqual(actual);
    expect((error as Error).message).toContain('expected "id,name,note"');
    expect((error as Error).message).toContain(`got "${actual.join(',')}"`);
    expect(({} as Record<string, unknown>).note).toBeUndefined();
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => parse('id,name,note\n1,a')).toThrow(/row 2 has 2 fields/);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parse('id,name,note\n1,"a,b')).toThrow(ReportFormatError);
  });
});
