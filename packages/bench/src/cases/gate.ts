import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type BenchCase, row } from '../harness.js';
import { repoRoot } from '../repo-root.js';

const TARGETS = { cold: 90, warm: 5 } as const;

/** Runs `pnpm <args>` at the workspace root and returns its wall time in seconds. */
async function timePnpm(args: string[]): Promise<{ seconds: number; code: number | null; tail: string }> {
  const start = performance.now();
  const child = spawn('pnpm', args, {
    cwd: repoRoot(),
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString()).slice(-2000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  return { seconds: (performance.now() - start) / 1000, code, tail };
}

/**
 * Forgets every package's last build: `tsc -b` keeps its own record (`dist/.tsbuildinfo`) and
 * would skip an up-to-date package even when turbo's `--force` runs the build task. The built files
 * stay, so the bench's own modules and a failed gate leave a usable tree.
 */
function forgetBuilds(): void {
  const packages = path.join(repoRoot(), 'packages');
  for (const name of readdirSync(packages)) rmSync(path.join(packages, name, 'dist', '.tsbuildinfo'), { force: true });
}

/**
 * Runs of each kind. Cold: five, because the same cold gate takes from 83 to 102 s on one shared
 * 2-core machine within half an hour, and the median of five is steadier than that of three.
 * Warm: three (about a second each, with little spread).
 */
const ROUNDS = { cold: 5, warm: 3 } as const;

/**
 * Gate time: the whole `pnpm test` gate, cold (turbo's cache bypassed with `--force`, and every
 * package rebuilt) then warm (straight after, every task a cache hit), over {@link ROUNDS}
 * runs, reported as median and spread. Slow (about eight minutes), so it only runs with `--gate`.
 */
export const gate: BenchCase = {
  id: 'gate',
  async run({ log }) {
    const rows = [];
    const notes: string[] = [];
    for (const kind of ['cold', 'warm'] as const) {
      const seconds: number[] = [];
      for (let round = 1; round <= ROUNDS[kind]; round++) {
        if (kind === 'cold') forgetBuilds();
        const result = await timePnpm(kind === 'cold' ? ['test', '--force'] : ['test']);
        log(`  pnpm test (${kind}, ${round}/${ROUNDS[kind]}): ${result.seconds.toFixed(1)} s, exit ${result.code}`);
        if (result.code !== 0) notes.push(`gate (${kind}) exited ${result.code}; last output:\n${result.tail}`);
        seconds.push(result.seconds);
      }
      rows.push(
        row(
          `gate: pnpm test ${kind}${kind === 'cold' ? ' (turbo --force, builds from scratch)' : ''}`,
          seconds,
          `target ${TARGETS[kind]} s`,
          TARGETS[kind],
          's',
          {
            text: `< ${TARGETS[kind]} s`,
            maxOrgdir: TARGETS[kind],
          },
        ),
      );
    }
    return { rows, notes };
  },
};
