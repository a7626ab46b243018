import type { DirectoryUser } from '@orgdir/client';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  directoryToTable,
  MAX_CELL_WIDTH,
  summaryLine,
  tableCell,
  type VendorSummary,
} from '../../src/format/table.js';
import { user } from '../support/users.js';

describe('tableCell', () => {
  it.each([
    ['plain', 'Ada', 'Ada'],
    ['undefined is empty', undefined, ''],
    ['escape sequences cannot reach the terminal', '\u001b[2JEvil', '?[2JEvil'],
    ['newlines are flattened', 'a\nb\rc', 'a?b?c'],
    ['exactly the maximum is kept', 'x'.repeat(MAX_CELL_WIDTH), 'x'.repeat(MAX_CELL_WIDTH)],
    ['longer is cut with an ellipsis', 'y'.repeat(MAX_CELL_WIDTH + 5), `${'y'.repeat(MAX_CELL_WIDTH - 1)}…`],
    ['bidi override is removed', 'evil\u202egnp.exe', 'evilgnp.exe'],
    ['every bidi control is removed', 'a\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061cb', 'ab'],
    ['C1 CSI becomes ?', 'a\u009b2Jb', 'a?2Jb'],
    ['wide characters are cut by columns', '漢'.repeat(MAX_CELL_WIDTH), `${'漢'.repeat((MAX_CELL_WIDTH - 2) / 2)}…`],
    [
      'an emoji sequence is never split',
      `${'x'.repeat(MAX_CELL_WIDTH - 2)}👩‍💻yy`,
      `${'x'.repeat(MAX_CELL_WIDTH - 2)}…`,
    ],
  ])('%s', (_name, input, expected) => {
    expect(tableCell(input)).toBe(expected);
  });
});

describe('summaryLine', () => {
  it.each<[string, VendorSummary, string]>([
    ['ok, plural', { vendor: 'telnyx', status: 'ok', users: 3 }, 'telnyx: 3 users'],
    ['ok, singular', { vendor: 'openai', status: 'ok', users: 1 }, 'openai: 1 user'],
    [
      'ok with unmapped',
      { vendor: 'flashback', status: 'ok', users: 2, unmapped: 1 },
      'flashback: 2 users, 1 not mapped (see stderr)',
    ],
    [
      'failed',
      { vendor: 'openai', status: 'failed', users: 0, message: '401 bad key' },
      'openai: failed (401 bad key)',
    ],
    [
      'failed with a long cause: never cut',
      {
        vendor: 'telnyx',
        status: 'failed',
        users: 0,
        message:
          'Connection error, TLS certificate problem (SELF_SIGNED_CERT_IN_CHAIN): GET https://api.telnyx.com/v2/organizations/users',
      },
      'telnyx: failed (Connection error, TLS certificate problem (SELF_SIGNED_CERT_IN_CHAIN): GET https://api.telnyx.com/v2/organizations/users)',
    ],
    [
      'skipped',
      { vendor: 'flashback', status: 'skipped', users: 0, message: 'FLASHBACK_API_KEY not set' },
      'flashback: skipped (FLASHBACK_API_KEY not set)',
    ],
  ])('%s', (_name, summary, expected) => {
    expect(summaryLine(summary)).toBe(expected);
  });
});

describe('directoryToTable', () => {
  it('aligns every column under its header', () => {
    const text = directoryToTable([
      user(),
      user({ vendor: 'flashback', email: 'x@y.z', name: 'Bo', role: 'owner', groups: [] }),
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VENDOR +EMAIL +NAME +STATUS +ROLE +GROUPS$/);
    expect(lines[0]?.indexOf('EMAIL')).toBe(lines[1]?.indexOf('ada@example.com'));
    expect(lines[1]?.indexOf('ada@example.com')).toBe(lines[2]?.indexOf('x@y.z'));
    expect(lines[0]?.indexOf('NAME')).toBe(lines[2]?.indexOf('Bo'));
    expect(lines[1]).toContain('Engineering, Sales');
  });

  it.each([
    ['astral emoji (two columns each)', '😀😀😀'],
    ['an emoji ZWJ sequence (two columns)', 'a👩‍💻b'],
    ['wide BMP characters', '漢字'],
    ['combining marks (no column of their own)', 'e\u0301e\u0301'],
  ])('measures cells in terminal columns, so %s keep the next column aligned', (_name, name) => {
    const lines = directoryToTable([user({ name }), user({ name: 'abc' }), user({ name: 'a-much-longer-name' })])
      .trimEnd()
      .split('\n');
    // The column after NAME starts at the same terminal column on the header and every row.
    const statusColumn = (line: string, cell: string) => stringWidth(line.slice(0, line.indexOf(cell)));
    const header = statusColumn(lines[0] ?? '', 'STATUS');
    expect(lines.slice(1).map((line) => statusColumn(line, 'active'))).toEqual([header, header, header]);
    expect(lines[1]).toContain(name);
  });

  it('adds one summary line per vendor after a blank line', () => {
    const text = directoryToTable(
      [user()],
      [
        { vendor: 'telnyx', status: 'ok', users: 1 },
        { vendor: 'openai', status: 'failed', users: 0, message: '500 boom' },
      ],
    );
    expect(text.endsWith('\n\ntelnyx: 1 user\nopenai: failed (500 boom)\n')).toBe(true);
  });

  it('says so when there are no users', () => {
    expect(directoryToTable([])).toBe('(no users)\n');
  });
});

describe('directoryToTable at scale', () => {
  it('formats 1,000,000 users, each column as wide as its widest cell wherever that row is', () => {
    const count = 1_000_000;
    const wide = 777_777;
    const longEmail = `${'w'.repeat(28)}@x`;
    const groups: string[] = [];
    const raw = {};
    // Plain objects: the user() helper's spread and deletes would cost more than the table.
    const users = Array.from(
      { length: count },
      (_, i): DirectoryUser => ({
        vendor: 'telnyx',
        id: `u${i}`,
        email: i === wide ? longEmail : `u${i}@x`,
        name: 'N',
        status: 'active',
        role: 'member',
        groups,
        raw,
      }),
    );
    const lines = directoryToTable(users).split('\n');
    expect(lines).toHaveLength(count + 2); // header, rows, and the empty string after the final newline
    expect(lines[0]).toBe(`VENDOR  EMAIL${' '.repeat(longEmail.length - 5)}  NAME  STATUS  ROLE    GROUPS`);
    expect(lines[1]).toBe(`telnyx  u0@x${' '.repeat(longEmail.length - 4)}  N     active  member`);
    expect(lines[wide + 1]).toBe(`telnyx  ${longEmail}  N     active  member`);
    expect(lines[count]).toBe(`telnyx  u999999@x${' '.repeat(longEmail.length - 9)}  N     active  member`);
  });
});

describe('directoryToTable: wide characters', () => {
  it('aligns columns after CJK names and emoji (by terminal columns, not code points)', () => {
    const text = directoryToTable([
      user({ name: '山田太郎', email: 'yamada@example.jp' }),
      user({ name: 'Zoë 👩‍💻', email: 'zoe@example.com' }),
      user({ name: 'Bo', email: 'bo@example.com' }),
    ]);
    const lines = text.trimEnd().split('\n');
    // The STATUS column starts at the same terminal column on every row.
    const statusColumn = (line: string) => stringWidth(line.slice(0, line.indexOf('active')));
    expect(new Set(lines.slice(1).map(statusColumn)).size).toBe(1);
    expect(statusColumn(lines[1] ?? '')).toBe(
      stringWidth((lines[0] ?? '').slice(0, (lines[0] ?? '').indexOf('STATUS'))),
    );
  });
});
