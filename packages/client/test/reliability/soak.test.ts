/**
 * Soak: 1,000 requests (10,000 in chaos mode; `SOAK_REQUESTS` overrides) through the
 * clients, with concurrency, against a faulty server, in a child process started with --expose-gc.
 * Every operation returns the exact list or a typed error; nothing is rejected unhandled; the heap
 * after GC stays flat; and once done the child holds no timer or socket and exits by itself.
 */
import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { CHAOS } from './settings.js';
import type { SoakResult } from './soak-run.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REQUESTS = Number(process.env.SOAK_REQUESTS ?? (CHAOS ? 10_000 : 1_000));
/** Hang guard for the child, not a speed check (see the README's machine-size notes). */
const SOAK_TIMEOUT = CHAOS ? 10 * 60_000 : 90_000;
/**
 * Hang guard for the exit once the result is printed. Nothing is left to do by then, so only an
 * open handle (named by the `activeResources` check) keeps the child alive this long.
 */
const EXIT_GUARD_MS = 30_000;
/** Heap growth allowed between warm-up and the end, after GC: generous, a leak per request would exceed it. */
const HEAP_BOUND = 20 * 1024 * 1024;

/** Compiles src/ and the soak program to plain ESM in a temp dir (Node 20 runs no TS). */
function compile(): string {
  const out = mkdtempSync(join(tmpdir(), 'orgdir-soak-'));
  const files = [...walk(join(PACKAGE, 'src')), join(PACKAGE, 'test', 'reliability', 'soak-run.ts')];
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const target = join(out, relative(PACKAGE, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  // The compiled files resolve openapi-fetch, papaparse and the fake vendors from the package's own node_modules.
  symlinkSync(join(PACKAGE, 'node_modules'), join(out, 'node_modules'), 'dir');
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

let out: string | undefined;
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

it(
  `${REQUESTS} requests: exact lists or typed errors, no unhandled rejection, flat heap, exits by itself`,
  async () => {
    out = compile();
    const child = spawn(process.execPath, ['--expose-gc', join(out, 'test', 'reliability', 'soak-run.js')], {
      env: { ...process.env, SOAK_REQUESTS: String(REQUESTS), SOAK_CONCURRENCY: '16' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // The child must end by itself; if it does not, it is killed here (by its own pid) and the test fails.
    let killed: 'running' | 'after the result' | false = false;
    const kill = (when: typeof killed) => {
      killed = when;
      child.kill('SIGKILL');
    };
    let exitGuard: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (!exitGuard && stdout.includes('SOAK_RESULT '))
        exitGuard = setTimeout(kill, EXIT_GUARD_MS, 'after the result');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    const exitCode = await new Promise<number | null>((resolve) => {
      const runGuard = setTimeout(kill, SOAK_TIMEOUT - 5_000, 'running');
      child.on('exit', (code) => {
        clearTimeout(runGuard);
        clearTimeout(exitGuard);
        resolve(code);
      });
    });

    expect(killed, `the child did not exit by itself; it printed: ${stdout.slice(-2_000)}`).toBe(false);
    expect(stderr).toBe('');
    const line = stdout.split('\n').find((l) => l.startsWith('SOAK_RESULT '));
    expect(line, stdout).toBeDefined();
    const result = JSON.parse((line as string).slice('SOAK_RESULT '.length)) as SoakResult;

    expect(result.requests).toBeGreaterThanOrEqual(REQUESTS);
    expect(result.violations).toEqual([]);
    expect(result.unhandledRejections).toEqual([]);
    // Both outcomes occurred, so the faults really were there.
    expect(result.succeeded).toBeGreaterThan(0);
    expect(result.failedTyped).toBeGreaterThan(0);
    expect(result.heapAtEnd - result.heapAfterWarmup, `heap after GC, by tenths: ${result.heapSamples}`).toBeLessThan(
      HEAP_BOUND,
    );
    expect(result.timersAfterRun, 'timers left once every operation settled').toEqual([]);
    expect(result.activeResources.filter((r) => r === 'Timeout' || r.startsWith('TCP'))).toEqual([]);
    expect(exitCode).toBe(0);
  },
  SOAK_TIMEOUT,
);
