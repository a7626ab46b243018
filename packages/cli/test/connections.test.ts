import type { Vendor } from '@orgdir/client';
import { type Mocks, startMocks } from '@orgdir/mock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOCK_API_KEY } from '../src/connections.js';
import { VENDORS } from '../src/vendors.js';
import { FAKE_ENV, type FakeVendors, startFakeVendors } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// `--mock` wiring, in-process: only the Prism launcher is replaced, by the local fake vendors (which
// accept only the placeholder key); src/mock-session.ts and src/connections.ts run as they are. That
// the real `--mock` starts and stops Prism processes is proven in test/e2e/prism.test.ts.
vi.mock('@orgdir/mock', () => ({ startMocks: vi.fn() }));

let fake: FakeVendors;
const stop = vi.fn(async () => {});

beforeAll(async () => {
  fake = await startFakeVendors({ keys: { telnyx: MOCK_API_KEY, flashback: MOCK_API_KEY, openai: MOCK_API_KEY } });
});
afterAll(async () => {
  await fake.close();
  // The suite runs without isolation: later files in this worker must get the real package.
  vi.doUnmock('@orgdir/mock');
});
beforeEach(() => {
  vi.mocked(startMocks).mockImplementation(async (options = {}): Promise<Mocks> => {
    const vendors: readonly Vendor[] = options.vendors ?? VENDORS;
    const mocks = vendors.map((vendor, i) => ({
      vendor,
      baseUrl: fake.baseUrls[vendor],
      pid: 4000 + i,
      specPath: `specs/${vendor}.yaml`,
      output: () => '',
    }));
    const baseUrls = Object.fromEntries(vendors.map((v) => [v, fake.baseUrls[v]])) as Record<Vendor, string>;
    return { mocks, baseUrls, stop };
  });
});
afterEach(() => {
  fake.reset();
  vi.clearAllMocks();
});

describe('--mock', () => {
  it('directory: starts every vendor, queries with the placeholder key, names the mocks, stops them', async () => {
    // Keys in the environment are not used with --mock: the fake would answer them 401.
    const result = await runMain(['directory', '--mock', '--format', 'json'], { env: FAKE_ENV });
    expect(result.code).toBe(0);
    expect(startMocks).toHaveBeenCalledWith({ vendors: ['telnyx', 'flashback', 'openai'] });
    expect(stop).toHaveBeenCalledTimes(1);
    const { users } = JSON.parse(result.stdout) as { users: Array<{ vendor: string }> };
    expect(new Set(users.map((u) => u.vendor)).size).toBe(3);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${MOCK_API_KEY}`)).toBe(true);
    expect(result.stderr.split('\n')[0]).toBe(
      `orgdir: started Prism mocks: telnyx ${fake.baseUrls.telnyx} (pid 4000), flashback ${fake.baseUrls.flashback} (pid 4001), openai ${fake.baseUrls.openai} (pid 4002)`,
    );
  });

  it.each([
    ['verify', ['verify', '--mock', '--format', 'json']],
    ['review', ['review', '--mock', '--domain', 'example.com', '--format', 'json']],
  ])('%s: starts every vendor, queries with the placeholder key, stops them', async (_, args) => {
    const result = await runMain(args, { env: FAKE_ENV });
    expect(result.code).toBe(0);
    expect(startMocks).toHaveBeenCalledWith({ vendors: ['telnyx', 'flashback', 'openai'] });
    expect(stop).toHaveBeenCalledTimes(1);
    expect(new Set(fake.requests.map((r) => r.vendor))).toEqual(new Set(['telnyx', 'flashback', 'openai']));
    expect(fake.requests.every((r) => r.authorization === `Bearer ${MOCK_API_KEY}`)).toBe(true);
    expect(result.stderr.split('\n')[0]).toMatch(/^orgdir: started Prism mocks: telnyx .* \(pid 4000\)/);
  });

  it('users: starts only the mock of the vendor asked for, and needs no key', async () => {
    const result = await runMain(['users', 'flashback', '--mock', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(startMocks).toHaveBeenCalledWith({ vendors: ['flashback'] });
    expect((JSON.parse(result.stdout) as Array<{ vendor: string }>).every((u) => u.vendor === 'flashback')).toBe(true);
    expect(new Set(fake.requests.map((r) => r.vendor))).toEqual(new Set(['flashback']));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('report telnyx --mock --quiet: no notice, mocks stopped', async () => {
    const result = await runMain(['report', 'telnyx', '--mock', '--quiet', '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^id,email,record_type,user_status,created_at,last_sign_in_at,groups\r\n/);
    expect(startMocks).toHaveBeenCalledWith({ vendors: ['telnyx'] });
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('stops the mocks when the command fails', async () => {
    fake.behave('telnyx', { status: 500 });
    const result = await runMain(['users', 'telnyx', '--mock', '--quiet', '--max-retries', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: telnyx: 500 /);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('mocks that cannot start: exit 1 with the reason, nothing requested', async () => {
    vi.mocked(startMocks).mockRejectedValueOnce(new Error('@orgdir/mock: could not start 1 of 1 mocks'));
    const result = await runMain(['users', 'openai', '--mock']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('orgdir: @orgdir/mock: could not start 1 of 1 mocks\n');
    expect(fake.requests).toHaveLength(0);
    expect(stop).not.toHaveBeenCalled();
  });

  it('is not started without --mock', async () => {
    const result = await runMain(['users', 'openai', '--format', 'json', '--base-url-openai', fake.baseUrls.openai], {
      env: { OPENAI_ADMIN_KEY: MOCK_API_KEY },
    });
    expect(result.code).toBe(0);
    expect(startMocks).not.toHaveBeenCalled();
  });
});
