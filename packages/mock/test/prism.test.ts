import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/free-port.js';
import { cpuTimeMs, PrismStartError, prismArgs, prismBin, startPrism } from '../src/prism.js';
import { PRISM_START_MS, PRISM_TEST_MS, prismChildren } from './support/processes.js';

const base = { specPath: '/specs/x.yaml', host: '127.0.0.1', port: 4010 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('prismArgs', () => {
  it.each([
    { errors: true, dynamic: false, present: ['--errors'], absent: ['--dynamic'] },
    { errors: false, dynamic: true, present: ['--dynamic'], absent: ['--errors'] },
  ])('errors=$errors dynamic=$dynamic', ({ errors, dynamic, present, absent }) => {
    const args = prismArgs({ ...base, errors, dynamic }, '/prism.js');
    expect(args.slice(2, 9)).toEqual(['/prism.js', 'mock', '/specs/x.yaml', '-h', '127.0.0.1', '-p', '4010']);
    expect(args).toContain('--multiprocess=false');
    for (const flag of present) expect(args).toContain(flag);
    for (const flag of absent) expect(args).not.toContain(flag);
  });

  it('uses the pinned Prism 5.14.2 of this package', async () => {
    const manifest = JSON.parse(await readFile(path.join(path.dirname(prismBin()), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe('5.14.2');
  });

  it('preloads a watch that ends Prism when its parent goes away (stdin closes)', async () => {
    const [flag, preload] = prismArgs({ ...base, errors: true, dynamic: false }, '/prism.js');
    expect(flag).toBe('--import');
    const child = spawn(process.execPath, [flag as string, preload as string, '-e', 'setInterval(() => {}, 1000)'], {
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    await once(child, 'spawn');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(alive(child.pid as number)).toBe(true);
    child.stdin?.end();
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});

describe('startPrism failures', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orgdir-mock-prism-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Starts Prism for `specPath` on a free port; resolves with the error it rejects with. */
  const startFailing = async (specPath: string, readyTimeoutMs: number): Promise<unknown> =>
    startPrism({ ...base, specPath, port: await findFreePort(), errors: true, dynamic: false, readyTimeoutMs }).catch(
      (e: unknown) => e,
    );

  it(
    'rejects with Prism output when Prism exits before it is ready',
    async () => {
      const specPath = path.join(dir, 'empty.yaml');
      await writeFile(specPath, 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n');
      const error = await startFailing(specPath, PRISM_START_MS);
      expect(error).toBeInstanceOf(PrismStartError);
      expect((error as PrismStartError).message).toMatch(/exited \(code \d+\) before it was ready/);
      expect((error as PrismStartError).message).toContain('No operations found');
    },
    PRISM_TEST_MS,
  );

  it('rejects and kills Prism when it is not ready in time', async () => {
    const specPath = path.resolve(import.meta.dirname, '../../../specs/telnyx.yaml');
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
