import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoKeys } from '../support/assertions.js';
import { FAKE_ENV, type FakeVendors, startFakeVendors } from '../support/fake-vendors.js';
import { runCli } from '../support/run-cli.js';

// The built binary: commander reads ORGDIR_* from the real process environment.

let fake: FakeVendors;
beforeAll(async () => {
  fake = await startFakeVendors();
});
afterAll(() => fake.close());

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
    const result = await runCli(['users', 'telnyx', ...fake.flags], { env: { ...FAKE_ENV, [name]: value } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('ORGDIR_VERBOSE=1 logs each request like --verbose, keys redacted', async () => {
    const result = await runCli(['users', 'telnyx', '--format', 'json', ...fake.flags], {
      env: { ...FAKE_ENV, ORGDIR_VERBOSE: '1' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/telnyx\/organizations\/users -> 200/);
    expectNoKeys(result);
  });

  it('a flag wins over its variable', async () => {
    const result = await runCli(['users', 'telnyx', '--timeout', '5000', '--format', 'json', ...fake.flags], {
      env: { ...FAKE_ENV, ORGDIR_TIMEOUT: 'soon' },
    });
    expect(result.code).toBe(0);
  });
});
