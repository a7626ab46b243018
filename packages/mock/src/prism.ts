import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { type Killable, release, track } from './cleanup.js';
import { canConnect } from './free-port.js';

/** Options for one Prism mock server. */
export interface PrismOptions {
  specPath: string;
  host: string;
  port: number;
  dynamic: boolean;
  errors: boolean;
  readyTimeoutMs: number;
}

/** A running Prism mock server. */
export interface PrismProcess {
  pid: number;
  baseUrl: string;
  /** The last lines Prism printed (stdout and stderr interleaved). */
  output(): string;
  /** SIGTERM to Prism's process group, SIGKILL after `graceMs`; resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** Raised when Prism exits or does not answer before it is ready. */
export class PrismStartError extends Error {
  override name = 'PrismStartError';
  constructor(
    message: string,
    /** What Prism printed before it failed. */
    readonly output: string,
    /** True when the port was taken between probing and binding; the caller may retry. */
    readonly portInUse: boolean,
  ) {
    super(message);
  }
}

const OUTPUT_LINES = 200;
const READY_LINE = 'Prism is listening';

/**
 * Preloaded into Prism: exits when its stdin (a pipe from us) closes, which the OS does when this
 * process dies in any way, SIGKILL included, so a crashed test run leaves no Prism behind.
 */
const PARENT_WATCH =
  "process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));process.stdin.resume();process.stdin.unref?.();";

/** Node arguments that start Prism's CLI with `--errors`-style options for one spec. */
export function prismArgs(options: Omit<PrismOptions, 'readyTimeoutMs'>, bin = prismBin()): string[] {
  return [
    '--import',
    `data:text/javascript,${encodeURIComponent(PARENT_WATCH)}`,
    bin,
    'mock',
    options.specPath,
    '-h',
    options.host,
    '-p',
    String(options.port),
    // Prism forks a worker when multiprocess is on (its default under NODE_ENV=production).
    '--multiprocess=false',
    ...(options.errors ? ['--errors'] : []),
    ...(options.dynamic ? ['--dynamic'] : []),
  ];
}

/** Path of the `prism` bin of the @stoplight/prism-cli this package depends on. */
export function prismBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: Record<string, string> | string };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.prism;
  if (bin === undefined) throw new Error(`@orgdir/mock: ${manifestPath} declares no prism bin`);
  return path.resolve(path.dirname(manifestPath), bin);
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts Prism for one spec and resolves once it answers on its port. */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const baseUrl = `http://${formatHost(options.host)}:${options.port}`;
  // detached: its own process group, so stop() can signal Prism and anything it forks at once.
  const child = spawn(process.execPath, prismArgs(options), {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const lines: string[] = [];
  const output = () => lines.join('\n');
  let onReadyLine: () => void = () => {};
  const push = (line: string) => {
    if (line.trim() === '') return;
    lines.push(line);
    if (lines.length > OUTPUT_LINES) lines.shift();
    if (line.includes(READY_LINE)) onReadyLine();
  };
  const collector = () => {
    let pending = '';
    return (chunk: Buffer) => {
      const parts = (pending + chunk.toString('utf8')).split(/\r?\n/);
      pending = parts.pop() ?? '';
      for (const line of parts) push(line);
    };
  };
  child.stdout?.on('data', collector());
  child.stderr?.on('data', collector());

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  await spawned;
  const pid = child.pid;
  if (pid === undefined)
    throw new PrismStartError(`@orgdir/mock: could not start Prism for ${options.specPath}`, '', false);

  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const killable: Killable = { killNow: (signal) => signalGroup(child, pid, signal) };
  track(killable);

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 2000): Promise<void> => {
    stopping ??= (async () => {
      if (!gone) {
        signalGroup(child, pid, 'SIGTERM');
        const result = await Promise.race([exited.then(() => 'exited' as const), delay(graceMs, 'timeout' as const)]);
        if (result === 'timeout') {
          signalGroup(child, pid, 'SIGKILL');
          await exited;
        }
      }
      // The leader is gone; anything it forked into its group goes too.
      if (groupAlive(pid)) signalGroup(child, pid, 'SIGKILL');
      release(killable);
    })();
    return stopping;
  };

  const outcome = await waitUntilReady(options, exited, (resolve) => {
    onReadyLine = resolve;
  });
  if (outcome !== 'ready') {
    // Read before the kill: tells a starved Prism (little CPU, busy machine) from a stuck one.
    const cpuMs = outcome === 'timeout' ? cpuTimeMs(pid) : undefined;
    await stop(500);
    const { code, signal } = gone ? await exited : { code: null, signal: null };
    const text = output();
    const why =
      outcome === 'exited'
        ? `exited (${signal ?? `code ${code}`}) before it was ready`
        : `did not answer on ${baseUrl} within ${options.readyTimeoutMs} ms` +
          (cpuMs === undefined ? '' : ` (it had used ${cpuMs} ms of CPU)`);
    throw new PrismStartError(
      `@orgdir/mock: Prism for ${options.specPath} ${why}. Prism output:\n${text || '(nothing)'}`,
      text,
      /EADDRINUSE/.test(text),
    );
  }
  return { pid, baseUrl, output, stop };
}

/** Resolves with what happened first: Prism's ready line or an answer on its port, its exit, or the timeout. */
function waitUntilReady(
  options: PrismOptions,
  exited: Promise<unknown>,
  onReadyLine: (resolve: () => void) => void,
): Promise<'ready' | 'exited' | 'timeout'> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: 'ready' | 'exited' | 'timeout') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => settle('timeout'), options.readyTimeoutMs);
    onReadyLine(() => settle('ready'));
    void exited.then(() => settle('exited'));
    void (async () => {
      while (!settled) {
        if (await canConnect(options.host, options.port, 250)) settle('ready');
        else await delay(100);
      }
    })();
  });
}

/** CPU time (user + system) a process has used, from `/proc` on Linux; undefined elsewhere. */
export function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports clock ticks of 1/100 s (USER_HZ) to user space.
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(child: ChildProcess, pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // No group (already gone, or a platform without process groups): signal the process itself.
    child.kill(signal);
  }
}
