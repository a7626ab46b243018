import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** True while any process of the group led by `pid` is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The fields of `/proc/<pid>/stat` after the process name (`state`, `ppid`, …), or undefined when
 * the process is gone. The line is `pid (comm) state ppid …` and the name may hold spaces and
 * parentheses, so the fields start after the last ')'.
 */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/**
 * PIDs of the Prism processes this test process started (Prism runs as a direct child). On Linux
 * from `/proc`, which starts no process (a fork of the test runner costs tens of milliseconds of
 * CPU); elsewhere from `ps`.
 */
export function prismChildren(): number[] {
  if (!existsSync('/proc/self/stat')) {
    const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => line.includes('prism'))
      .map((line) => Number.parseInt(line.trim(), 10));
  }
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(statFields(entry)?.[1]) !== process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('prism')) found.push(Number(entry));
    } catch {
      // The process ended between the two reads.
    }
  }
  return found;
}

/**
 * How long a test lets Prism start: generous (see the README's machine-size notes); a Prism that
 * exits early still fails at once.
 */
export const PRISM_START_MS = 120_000;
/** Test and hook timeout for a test that starts Prism: its start budget plus room to stop it. */
export const PRISM_TEST_MS = PRISM_START_MS + 15_000;

/** True while `pid` runs (a zombie, exited but not yet reaped, counts as gone). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const state = statFields(pid)?.[0];
  return state !== undefined && state !== 'Z';
}

/** Polls until `pid` is gone; resolves false if it still runs after `timeoutMs`. */
export async function waitGone(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (running(pid)) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Absolute path of a spec of the repository. */
export function repoSpec(vendor: string): string {
  return path.resolve(import.meta.dirname, '../../../../specs', `${vendor}.yaml`);
}
