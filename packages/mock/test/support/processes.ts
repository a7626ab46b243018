import { execFileSync } from 'node:child_process';

/** True while any process of the group led by `pid` is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PIDs of the Prism processes this test process started (Prism runs as a direct child). */
export function prismChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes('prism'))
    .map((line) => Number.parseInt(line.trim(), 10));
}

/**
 * How long a test lets Prism start: generous (see the README's machine-size notes); a Prism that
 * exits early still fails at once.
 */
export const PRISM_START_MS = 120_000;
/** Test and hook timeout for a test that starts Prism: its start budget plus room to stop it. */
export const PRISM_TEST_MS = PRISM_START_MS + 15_000;
