import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_ENV, type FakeVendors, startFakeVendors } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// In-process: help, missing keys and --quiet say exactly one thing each.

let fake: FakeVendors;
beforeAll(async () => {
  fake = await startFakeVendors();
});
afterAll(() => fake.close());

describe('orgdir help', () => {
  it.each([[['help']], [['help', 'directory']], [['help', 'users']], [['help', 'mock']]])(
    '%j exits 0 with the usage on stdout',
    async (args) => {
      const result = await runMain(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: orgdir/);
      expect(result.stderr).toBe('');
    },
  );

  it('help for an unknown command is still a usage error', async () => {
    expect((await runMain(['help', 'nope'])).code).toBe(2);
  });
});

describe('a missing key', () => {
  it.each([
    [['users', 'telnyx'], 'orgdir: TELNYX_API_KEY is not set (or run with --mock)\n'],
    [['report', 'telnyx'], 'orgdir: TELNYX_API_KEY is not set (or run with --mock)\n'],
    [['directory', '--vendors', 'openai'], 'orgdir: no vendor to query: set OPENAI_ADMIN_KEY, or pass --mock\n'],
    [
      ['directory'],
      'orgdir: no vendor to query: set TELNYX_API_KEY, FLASHBACK_API_KEY, OPENAI_ADMIN_KEY, or pass --mock\n',
    ],
  ])('%j: one clear line, exit 2', async (args, line) => {
    const result = await runMain(args, { env: {} });
    expect(result.stderr).toBe(line);
    expect(result.code).toBe(2);
  });

  it('one vendor of several: a "skipping" line, the others still listed', async () => {
    const { FLASHBACK_API_KEY: _, ...env } = FAKE_ENV;
    const result = await runMain(['directory', '--format', 'json', ...fake.flags], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('orgdir: skipping flashback: FLASHBACK_API_KEY is not set (or run with --mock)\n');
  });

  it('-q hides the "skipping" line and every other informational notice', async () => {
    const { FLASHBACK_API_KEY: _, ...env } = FAKE_ENV;
    const result = await runMain(['directory', '--format', 'json', '-q', ...fake.flags], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
