import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../src/free-port.js';
import {
  cpuTimeMs,
  hostArgs,
  hostScript,
  PrismStartError,
  prismBin,
  startPrism,
  startPrismHost,
} from '../src/prism.js';
import {
  groupAlive,
  PRISM_START_MS,
  PRISM_TEST_MS,
  prismChildren,
  repoSpec,
  running,
  waitGone,
} from './support/processes.js';
import { useTempDir, writeSpecWithoutOperations } from './support/temp-specs.js';

const base = { specPath: '/specs/x.yaml', host: '127.0.0.1', port: 4010 };

/** The options every Prism of these tests shares. */
const config3 = () => ({ host: '127.0.0.1', errors: true, dynamic: false, readyTimeoutMs: PRISM_START_MS });

describe('hostArgs', () => {
  it('passes the whole host configuration as one JSON argument after the script', () => {
    const config = { host: '127.0.0.1', errors: true, dynamic: false, specs: [{ path: '/specs/x.yaml', port: 0 }] };
    const args = hostArgs(config, '/host.js');
    expect(args[0]).toBe('/host.js');
    expect(JSON.parse(args[1] as string)).toEqual(config);
  });

  it('runs a host script that exists next to this module', async () => {
    await expect(access(hostScript())).resolves.toBeUndefined();
  });

  it('uses the pinned Prism 5.14.2 of this package', async () => {
    const manifest = JSON.parse(await readFile(path.join(path.dirname(prismBin()), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe('5.14.2');
  });
});

describe('the Prism host process', () => {
  const config = { host: '127.0.0.1', errors: true, dynamic: false, specs: [{ path: repoSpec('flashback'), port: 0 }] };

  it(
    'exits when the process that started it is killed outright (SIGKILL)',
    async () => {
      // A parent that starts the host as startPrismHost does and then dies without any cleanup.
      const script = `const { spawn } = require('node:child_process');
        const host = spawn(process.execPath, ${JSON.stringify(hostArgs(config))}, { stdio: ['pipe', 'pipe', 'inherit'] });
        host.stdout.on('data', (chunk) => { if (String(chunk).includes('"type":"ready"')) console.log(host.pid); });`;
      const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      const [chunk] = (await once(parent.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
      const hostPid = Number.parseInt(chunk.toString(), 10);
      expect(running(hostPid)).toBe(true);
      parent.kill('SIGKILL');
      await once(parent, 'exit');
      expect(await waitGone(hostPid, 10_000), 'the orphaned host exits').toBe(true);
    },
    PRISM_TEST_MS,
  );
});

describe('startPrismHost', () => {
  const tempDir = useTempDir('orgdir-mock-host-');

  it(
    'reports each spec of one process on its own: a missing file, no operations, a taken port, a good spec',
    async () => {
      const before = prismChildren();
      const empty = await writeSpecWithoutOperations(path.join(tempDir(), 'empty.yaml'));
      const taken = net.createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const { port } = taken.address() as net.AddressInfo;
      try {
        const host = await startPrismHost({
          ...config3(),
          specs: [
            { specPath: '/nonexistent/x.yaml', port: 0 },
            { specPath: empty, port: 0 },
            { specPath: repoSpec('flashback'), port },
            { specPath: repoSpec('openai'), port: 0 },
          ],
        });
        const [missing, noOperations, portTaken, good] = host.servers;
        const errorOf = (server: typeof missing) => (server?.ok === false ? server.error : undefined);
        expect(errorOf(missing)?.message).toMatch(
          /Prism for \/nonexistent\/x\.yaml failed before it was ready: [\s\S]*ENOENT/,
        );
        expect(errorOf(noOperations)?.message).toContain(
          `Prism for ${empty} failed before it was ready: No operations found in the current file.`,
        );
        expect(errorOf(noOperations)?.output).toContain('No operations found');
        expect(errorOf(noOperations)?.output).not.toContain('ENOENT');
        expect(errorOf(portTaken)?.portInUse).toBe(true);
        expect(errorOf(portTaken)?.message).toMatch(/flashback\.yaml failed before it was ready: [\s\S]*EADDRINUSE/);
        for (const error of [errorOf(missing), errorOf(noOperations)]) expect(error?.portInUse).toBe(false);
        expect(good?.ok).toBe(true);
        // One spec failed, so the process is already stopped, the good spec's server with it.
        expect(running(host.pid)).toBe(false);
        expect(groupAlive(host.pid)).toBe(false);
        expect(prismChildren().filter((pid) => !before.includes(pid))).toEqual([]);
        await host.stop();
      } finally {
        await new Promise((resolve) => taken.close(resolve));
      }
    },
    PRISM_TEST_MS,
  );
});

describe('startPrism failures', () => {
  const tempDir = useTempDir('orgdir-mock-prism-');

  /** Starts Prism for `specPath` on a free port; resolves with the error it rejects with. */
  const startFailing = async (specPath: string, readyTimeoutMs: number): Promise<unknown> =>
    startPrism({ ...base, specPath, port: await findFreePort(), errors: true, dynamic: false, readyTimeoutMs }).catch(
      (e: unknown) => e,
    );

  it(
    'rejects with Prism output, and stops it, when its spec has no operations',
    async () => {
      const specPath = await writeSpecWithoutOperations(path.join(tempDir(), 'empty.yaml'));
      const error = await startFailing(specPath, PRISM_START_MS);
      expect(error).toBeInstanceOf(PrismStartError);
      expect((error as PrismStartError).message).toContain(
        `Prism for ${specPath} failed before it was ready: No operations found in the current file.`,
      );
      expect((error as PrismStartError).output).toContain('No operations found');
      expect(prismChildren(), 'the host is stopped').toEqual([]);
    },
    PRISM_TEST_MS,
  );

  it('rejects and kills Prism when it is not ready in time', async () => {
    const specPath = repoSpec('telnyx');
    const error = await startFailing(specPath, 50);
    expect((error as Error).message).toMatch(
      /did not answer on http:\/\/127\.0\.0\.1:\d+ within 50 ms \(it had used \d+ ms of CPU\)\. Prism output:/,
    );
    expect(prismChildren(), 'the Prism that was too slow is stopped').toEqual([]);
  });
});

describe('cpuTimeMs', () => {
  it('reads the CPU time a live process has used, and grows as it works', () => {
    const before = cpuTimeMs(process.pid);
    expect(before).toBeGreaterThanOrEqual(0);
    const until = performance.now() + 200;
    while (performance.now() < until) {
      // burn CPU
    }
    expect(cpuTimeMs(process.pid)).toBeGreaterThan(before as number);
  });

  it('is undefined for a process that does not exist', () => {
    expect(cpuTimeMs(2 ** 22 + 12345)).toBeUndefined();
  });
});
