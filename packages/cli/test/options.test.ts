import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_ENV, type FakeVendors, startFakeVendors } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// The numeric flags go through the client's own range check, in-process against the fake vendors.

let fake: FakeVendors;

beforeAll(async () => {
  fake = await startFakeVendors();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

function users(maxRetries: string) {
  return runMain(['users', 'telnyx', ...fake.flags, '--format', 'json', '--max-retries', maxRetries], {
    env: FAKE_ENV,
  });
}

describe('--max-retries', () => {
  it.each([
    ['lots', 'the string "lots"'],
    ['', 'the string ""'],
    ['-1', '-1'],
    ['11', '11'],
    ['2.5', '2.5'],
    ['NaN', 'the string "NaN"'],
    ['Infinity', 'Infinity'],
    ['1e309', 'Infinity'],
    ['1e3', '1000'],
  ])('%j is a usage error (exit 2) naming the flag and the value; nothing is requested', async (value, shown) => {
    const result = await users(value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--max-retries must be an integer from 0 to 10; got ${shown}.`);
    expect(result.stdout).toBe('');
    expect(fake.requests).toHaveLength(0);
  });

  it.each(['0', '10', ' 3 ', '1e1'])('%j is accepted', async (value) => {
    const result = await users(value);
    expect(result.code).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
  });

  it('its value reaches the client: a failing vendor is asked 1 + n times', async () => {
    fake.behave('telnyx', { status: 500 });
    const result = await users('1');
    expect(result.code).toBe(1);
    expect(fake.requests.filter((r) => r.vendor === 'telnyx')).toHaveLength(2);
  });

  it('--help states the range and the default', async () => {
    const result = await runMain(['users', '--help']);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      '--max-retries <n> retries after a 429/5xx or network error (0..10, default 2)',
    );
  });
});
