import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoKeys } from './support/assertions.js';
import { FAKE_ENV, type FakeVendors, startFakeVendors } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// In-process: commander reads ORGDIR_* from the process environment itself, not from the environment
// main() is given, so each test sets the variable on this process (a worker of its own) and unsets it.

let fake: FakeVendors;
beforeAll(async () => {
  fake = await startFakeVendors();
});
afterAll(() => fake.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs orgdir with the keys and `name=value` set in the process environment. */
function withVariable(args: string[], name: string, value: string) {
  vi.stubEnv(name, value);
  return runMain(args, { env: { ...FAKE_ENV, [name]: value } });
}

describe('ORGDIR_* environment equivalents', () => {
  it.each([
    [
      'ORGDIR_TIMEOUT',
      'soon',
      "option '--timeout <ms>' value 'soon' from env 'ORGDIR_TIMEOUT' is invalid. --timeout must be a number from 1 to 2147483647; got the string \"soon\".",
    ],
    [
      'ORGDIR_CONCURRENCY',
      '0',
      "option '--concurrency <n>' value '0' from env 'ORGDIR_CONCURRENCY' is invalid. --concurrency must be an integer from 1 to 64; got 0.",
    ],
  ])('%s=%s is validated like its flag (exit 2)', async (name, value, message) => {
    const result = await withVariable(['users', 'telnyx', ...fake.flags], name, value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('ORGDIR_VERBOSE=1 logs each request like --verbose, keys redacted', async () => {
    const result = await withVariable(['users', 'telnyx', '--format', 'json', ...fake.flags], 'ORGDIR_VERBOSE', '1');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/telnyx\/organizations\/users -> 200/);
    expectNoKeys(result);
  });

  it('a flag wins over its variable', async () => {
    const result = await withVariable(
      ['users', 'telnyx', '--timeout', '5000', '--format', 'json', ...fake.flags],
      'ORGDIR_TIMEOUT',
      'soon',
    );
    expect(result.code).toBe(0);
  });
});
