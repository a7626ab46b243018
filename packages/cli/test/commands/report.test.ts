import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectDirEntries, expectNoKeys, parseCsv } from '../support/assertions.js';
import { FAKE_ENV, type FakeVendors, startFakeVendors, TELNYX_USERS } from '../support/fake-vendors.js';
import { runMain } from '../support/run-main.js';

// In-process: `main()` against the local fake vendors. The binary itself runs in test/e2e/.

let fake: FakeVendors;

beforeAll(async () => {
  fake = await startFakeVendors();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

function report(args: string[], env: Record<string, string> = FAKE_ENV) {
  return runMain(['report', ...args, '--base-url-telnyx', fake.baseUrls.telnyx, '--max-retries', '0'], { env });
}

describe('orgdir report telnyx', () => {
  it('json (the default): the rows as the client returns them', async () => {
    const result = await report(['telnyx']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(TELNYX_USERS);
    expectNoKeys(result);
  });

  it('csv: header, one CRLF record per user, group names joined by "; "', async () => {
    const result = await report(['telnyx', '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(parseCsv(result.stdout)).toEqual([
      ['id', 'email', 'record_type', 'user_status', 'created_at', 'last_sign_in_at', 'groups'],
      [
        't-1',
        'alice@example.com',
        'organization_sub_user',
        'enabled',
        '2024-01-02T03:04:05.000Z',
        '2024-02-03T04:05:06.000Z',
        'Engineering; Sales',
      ],
      ['t-2', 'owner@example.com', 'organization_owner', 'enabled', '2023-01-01T00:00:00.000Z', '', ''],
      [
        't-3',
        'bob@example.com',
        'organization_sub_user',
        'disabled',
        '2024-05-06T07:08:09.000Z',
        '2024-06-07T08:09:10.000Z',
        'Engineering',
      ],
    ]);
    expect(result.stdout.split('\r\n')).toHaveLength(5);
  });

  it('asks the API for the JSON report', async () => {
    await report(['telnyx', '--format', 'csv']);
    expect(fake.requests.map((r) => [r.path, r.accept])).toEqual([
      ['/organizations/users/users_groups_report', 'application/json'],
    ]);
  });

  it('--output writes the file and nothing on stdout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'orgdir-report-'));
    try {
      const result = await report(['telnyx', '--format', 'csv', '--output', join(dir, 'r.csv')]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(await readFile(join(dir, 'r.csv'), 'utf8')).toMatch(/^id,email,/);
      await expectDirEntries(dir, ['r.csv']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('403 → exit 1, one line, no file written', async () => {
    fake.behave('telnyx', { status: 403 });
    const dir = await mkdtemp(join(tmpdir(), 'orgdir-report-'));
    try {
      const result = await report(['telnyx', '--output', join(dir, 'r.json')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^orgdir: telnyx: 403 .+\n$/);
      expectNoKeys(result);
      await expectDirEntries(dir, []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['another vendor', ['openai'], /'openai' is invalid/],
    ['a table', ['telnyx', '--format', 'table'], /table/],
  ])('%s → exit 2', async (_name, args, message) => {
    const result = await report(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('missing key → exit 2', async () => {
    const result = await report(['telnyx'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TELNYX_API_KEY is not set');
  });
});
