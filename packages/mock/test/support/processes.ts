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
