import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built binary under test: `packages/cli/dist/bin.js`. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** What a finished `orgdir` run left behind. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Extra environment; the child never inherits the test runner's API keys. */
  env?: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}

/** A minimal environment: PATH and HOME only, so no real API key leaks into a test. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...extra };
}

/** Starts `node dist/bin.js …args` without waiting for it. */
export function spawnCli(args: readonly string[], options: RunOptions = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    env: baseEnv(options.env),
    cwd: options.cwd ?? process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a spawned child's output until it exits. */
export function finished(child: ChildProcess, timeoutMs = 80_000): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`orgdir did not exit within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs the real `orgdir` binary as a child process (asynchronously, so an in-process fake server keeps answering). */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return finished(spawnCli(args, options), options.timeoutMs);
}

/** True while a process with this PID exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until none of `pids` is alive, or gives up after `timeoutMs` and returns the survivors. */
export async function waitForExit(pids: readonly number[], timeoutMs = 20_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    alive = alive.filter(isAlive);
  }
  return alive;
}

/**
 * Every process as `[pid, ppid]`. On Linux from `/proc`, which starts no process: the end-to-end
 * tests poll this while Prism starts, and each child process forked from the test runner (hundreds
 * of megabytes) costs tens of milliseconds of CPU. Elsewhere from `ps`.
 */
function processTable(): Array<[pid: number, ppid: number]> {
  if (!existsSync('/proc/self/stat')) {
    return execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  }
  const table: Array<[number, number]> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // `pid (comm) state ppid …`: the name may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      table.push([Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])]);
    } catch {
      // The process ended between the listing and the read: it is no one's descendant any more.
    }
  }
  return table;
}

/** The PIDs of every live descendant of `pid`. */
export function descendants(pid: number): number[] {
  const table = processTable();
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** Resolves with stdout once `predicate` holds for it (or rejects after `timeoutMs`). */
export function waitForOutput(
  child: ChildProcess,
  predicate: (stdout: string, stderr: string) => boolean,
  timeoutMs = 60_000,
): Promise<string> {
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for output\nstdout: ${stdout}\nstderr: ${stderr}`)),
      timeoutMs,
    );
    const check = () => {
      if (predicate(stdout, stderr)) {
        clearTimeout(timer);
        resolve(stdout);
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      check();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      check();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`orgdir exited (${code}) before the expected output\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}
