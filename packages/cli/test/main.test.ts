import { readFile } from 'node:fs/promises';
import { REDACTED } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { expectNoKeys } from './support/assertions.js';
import { FAKE_ENV, FAKE_KEYS } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// In-process: what `main()` does before any command runs (help, version, commander's errors).

describe('orgdir --help', () => {
  it.each([[[]], [['directory']], [['users']], [['report']], [['mock']], [['snapshot']], [['diff']], [['review']]])(
    '%j --help exits 0 with usage on stdout',
    async (command) => {
      const result = await runMain([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: orgdir ${command.join(' ')}`));
      expect(result.stderr).toBe('');
    },
  );

  it('the top-level help names the key variables and the exit codes', async () => {
    const { stdout } = await runMain(['--help']);
    for (const text of ['TELNYX_API_KEY', 'FLASHBACK_API_KEY', 'OPENAI_ADMIN_KEY', '2 usage error']) {
      expect(stdout).toContain(text);
    }
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const result = await runMain(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('orgdir: usage errors exit 2', () => {
  it('unknown command', async () => {
    const result = await runMain(['directroy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command/);
    expect(result.stdout).toBe('');
  });

  it('no command at all prints the help on stderr', async () => {
    const result = await runMain([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: orgdir');
    expect(result.stdout).toBe('');
  });

  it("a key pasted into an argument is redacted from commander's error", async () => {
    const result = await runMain(['directory', '--format', FAKE_KEYS.telnyx], { env: FAKE_ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`argument '${REDACTED}' is invalid`);
    expectNoKeys(result);
  });
});
