import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectDirEntries, expectNoKeys, parseCsv } from '../support/assertions.js';
import { FAKE_ENV, type FakeVendors, FORMULA_NAME, startFakeVendors } from '../support/fake-vendors.js';
import { runMain } from '../support/run-main.js';

// In-process: `main()` against the local fake vendors. The binary itself runs in test/e2e/.

let fake: FakeVendors;

beforeAll(async () => {
  fake = await startFakeVendors();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

function users(args: string[], env: Record<string, string> = FAKE_ENV) {
  return runMain(['users', ...args, ...fake.flags, '--max-retries', '0'], { env });
}

async function usersJson(args: string[]) {
  const result = await users([...args, '--format', 'json']);
  // Flashback's fake holds one record without an email: reported, not listed.
  expect(result.stderr).toBe(
    args[0] === 'flashback' ? 'orgdir: flashback: could not map record 4 (id "f-4"): missing email\n' : '',
  );
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Array<{ id: string; vendor: string; status: string; groups: string[] }>;
}

describe('orgdir users: filters', () => {
  it.each([
    ['telnyx, all', ['telnyx'], ['t-1', 't-2', 't-3']],
    ['telnyx --status disabled', ['telnyx', '--status', 'disabled'], ['t-3']],
    ['telnyx --status active', ['telnyx', '--status', 'active'], ['t-1', 't-2']],
    ['telnyx --status deleted (no such Telnyx status)', ['telnyx', '--status', 'deleted'], []],
    ['telnyx --email', ['telnyx', '--email', 'alice'], ['t-1']],
    ['flashback, all', ['flashback'], ['f-1', 'f-2', 'f-3']],
    ['flashback --status deleted', ['flashback', '--status', 'deleted'], ['f-3']],
    ['flashback --email ignores case', ['flashback', '--email', 'JOHN'], ['f-2']],
    ['openai, every org user', ['openai'], ['user-1', 'user-2']],
    ['openai --email', ['openai', '--email', 'plus@'], ['user-2']],
    ['openai --group group-1', ['openai', '--group', 'group-1'], ['user-1']],
    ['openai --group group-2', ['openai', '--group', 'group-2'], ['user-1', 'user-2']],
  ])('%s', async (_name, args, ids) => {
    expect((await usersJson(args)).map((u) => u.id)).toEqual(ids);
  });

  it('telnyx filters are sent to the API, with include_groups', async () => {
    await usersJson(['telnyx', '--status', 'blocked', '--email', 'bob']);
    const query = fake.requests[0]?.query;
    expect(query?.get('filter[user_status]')).toBe('blocked');
    expect(query?.get('filter[email]')).toBe('bob');
    expect(query?.get('include_groups')).toBe('true');
  });

  it('telnyx: follows every page', async () => {
    await usersJson(['telnyx']);
    expect(fake.requests.map((r) => r.query.get('page[number]')).sort()).toEqual(['1', '2']);
  });

  it('openai --group: members carry the group name, following the cursor', async () => {
    const list = await usersJson(['openai', '--group', 'group-2']);
    expect(list.map((u) => u.groups)).toEqual([['Sales'], ['Sales']]);
    expect(fake.requests.filter((r) => r.path === '/organization/groups/group-2/users').length).toBeGreaterThan(1);
  });

  it('openai without --group: groups are empty', async () => {
    expect((await usersJson(['openai'])).every((u) => u.groups.length === 0)).toBe(true);
  });
});

describe('orgdir users: formats', () => {
  it.each([
    [
      'table',
      (out: string) => expect(out).toMatch(/^VENDOR +EMAIL +NAME +STATUS +ROLE +GROUPS\nflashback +eve@example\.com/),
    ],
    ['json', (out: string) => expect(JSON.parse(out)).toHaveLength(3)],
    [
      'ndjson',
      (out: string) =>
        expect(
          out
            .trimEnd()
            .split('\n')
            .map((l) => JSON.parse(l) as unknown),
        ).toHaveLength(3),
    ],
    ['csv', (out: string) => expect(parseCsv(out).find((r) => r[1] === 'f-1')?.[3]).toBe(`'${FORMULA_NAME}`)],
  ])('--format %s', async (format, check) => {
    const result = await users(['flashback', '--format', format]);
    expect(result.code).toBe(0);
    check(result.stdout);
    expectNoKeys(result);
  });

  it('--output writes the file atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'orgdir-users-'));
    try {
      const result = await users(['telnyx', '--format', 'ndjson', '--output', join(dir, 'u.ndjson'), '--quiet']);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect((await readFile(join(dir, 'u.ndjson'), 'utf8')).trimEnd().split('\n')).toHaveLength(3);
      await expectDirEntries(dir, ['u.ndjson']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('orgdir users: exit codes', () => {
  it.each([
    ['telnyx 401', 'telnyx', 401, /^orgdir: telnyx: 401 /],
    ['flashback 403', 'flashback', 403, /^orgdir: flashback: 403 /],
    ['openai 500', 'openai', 500, /^orgdir: openai: 500 /],
  ] as const)('%s → exit 1, one line', async (_name, vendor, status, message) => {
    fake.behave(vendor, { status });
    const result = await users([vendor]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expectNoKeys(result);
  });

  it.each(['telnyx', 'openai'] as const)('%s: a key echoed back in the error body is redacted', async (vendor) => {
    fake.behave(vendor, { status: 400, echoAuthorization: true });
    const result = await users([vendor]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^orgdir: ${vendor}: 400 `));
    expect(result.stderr).toMatch(/Bad header: Bearer \[redacted\]/);
    expectNoKeys(result);
  });

  it('openai --group of a group that does not exist → 404, exit 1', async () => {
    const result = await users(['openai', '--group', 'group-nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: openai: 404 /);
  });

  it.each([
    ['unknown vendor', ['slack'], /'slack' is invalid/],
    ['missing vendor', [], /missing required argument/],
    ['unknown status', ['telnyx', '--status', 'enabled'], /enabled/],
    ['--group with telnyx', ['telnyx', '--group', 'g'], /--group is only supported for openai/],
    ['unknown format', ['telnyx', '--format', 'yaml'], /yaml/],
  ])('%s → exit 2', async (_name, args, message) => {
    const result = await users(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('missing key → exit 2 naming the variable, nothing requested', async () => {
    const result = await users(['openai'], { TELNYX_API_KEY: FAKE_ENV.TELNYX_API_KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('OPENAI_ADMIN_KEY is not set');
    expect(fake.requests).toHaveLength(0);
  });
});
