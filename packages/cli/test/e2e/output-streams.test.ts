import { spawn } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_ENV, useFakeVendors } from '../support/fake-vendors.js';
import { BIN, baseEnv, runCli } from '../support/run-cli.js';

// The built binary with real descriptors: `/dev/stdout` as a pipe and as a redirected file.

const setup = useFakeVendors('orgdir-streams-');

describe('--output /dev/stdout', () => {
  it('on a pipe: the CSV arrives on stdout, exit 0', async () => {
    const result = await runCli(
      ['users', 'telnyx', '--format', 'csv', '--output', '/dev/stdout', ...setup.fake.flags],
      {
        env: FAKE_ENV,
      },
    );
    expect(result.stderr).not.toMatch(/cannot write/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^vendor,id,email,/);
  });

  it('redirected to a file: the file the shell opened receives the data (nothing renamed over it)', async () => {
    const file = join(setup.dir, 'redirected.csv');
    const handle = await open(file, 'w');
    try {
      const child = spawn(
        process.execPath,
        [BIN, 'users', 'telnyx', '--format', 'csv', '--output', '/dev/stdout', ...setup.fake.flags],
        { env: baseEnv(FAKE_ENV), stdio: ['ignore', handle.fd, 'pipe'] },
      );
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
    } finally {
      await handle.close();
    }
    expect(await readFile(file, 'utf8')).toMatch(/^vendor,id,email,/);
  });
});
