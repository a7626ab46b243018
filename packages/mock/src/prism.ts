import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type Killable, release, track } from './cleanup.js';
import type { HostConfig, HostMessage } from './internal/host-protocol.js';

/** Options for one Prism mock server. */
export interface PrismOptions {
  specPath: string;
  host: string;
  /** Port to listen on; 0 lets the OS pick a free one (`baseUrl` has the port it picked). */
  port: number;
  dynamic: boolean;
  errors: boolean;
  readyTimeoutMs: number;
}

/** A running Prism mock server. */
export interface PrismProcess {
  /** The process serving it (one process may serve several specs: see `startMocks`). */
  pid: number;
  baseUrl: string;
  /** The last lines Prism printed for this spec, and what the process printed on its own. */
  output(): string;
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** Raised when Prism exits, fails to load a spec or does not answer before it is ready. */
export class PrismStartError extends Error {
  override name = 'PrismStartError';
  constructor(
    message: string,
    /** What Prism printed before it failed. */
    readonly output: string,
    /** True when the port was taken before Prism could bind it; the caller may retry. */
    readonly portInUse: boolean,
  ) {
    super(message);
  }
}

/** Options for a process that serves several specs, one Prism server each. */
export interface PrismHostOptions extends Omit<PrismOptions, 'specPath' | 'port'> {
  specs: ReadonlyArray<{ specPath: string; port: number }>;
}

/** What became of one spec of a {@link PrismHost}, in the order of `PrismHostOptions.specs`. */
export type PrismServerResult =
  | { ok: true; specPath: string; baseUrl: string; output(): string }
  | { ok: false; specPath: string; error: PrismStartError };

/** A process serving several specs; when any spec failed it has already been stopped. */
export interface PrismHost {
  pid: number;
  servers: PrismServerResult[];
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves once it is gone. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_LINES = 200;

/** The host script (plain JavaScript, so it runs the same from src/ and dist/). */
export function hostScript(): string {
  return fileURLToPath(new URL('./internal/prism-host.js', import.meta.url));
}

/** Node arguments that start the Prism host with `config`. */
export function hostArgs(config: HostConfig, script = hostScript()): string[] {
  return [script, JSON.stringify(config)];
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

/** Keeps the last {@link OUTPUT_LINES} lines of one spec. */
class Lines {
  readonly #lines: string[] = [];
  push(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length > OUTPUT_LINES) this.#lines.shift();
  }
  text(): string {
    return this.#lines.join('\n');
  }
}

/** Calls `onLine` with each complete line of a stream. */
function eachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  let pending = '';
  stream?.on('data', (chunk: Buffer) => {
    const parts = (pending + chunk.toString('utf8')).split(/\r?\n/);
    pending = parts.pop() ?? '';
    for (const line of parts) if (line.trim() !== '') onLine(line);
  });
}

function parseMessage(line: string, specs: number): HostMessage | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const message = JSON.parse(line) as Partial<HostMessage>;
    const known = message.type === 'output' || message.type === 'ready' || message.type === 'failed';
    return known && Number.isInteger(message.spec) && (message.spec as number) < specs
      ? (message as HostMessage)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts one process that loads Prism once and serves every spec of `options.specs` with its own
 * Prism server on its own port; resolves once each one is listening or has failed. If any failed,
 * the process is stopped before this resolves.
 */
export async function startPrismHost(options: PrismHostOptions): Promise<PrismHost> {
  const config: HostConfig = {
    host: options.host,
    errors: options.errors,
    dynamic: options.dynamic,
    specs: options.specs.map((s) => ({ path: s.specPath, port: s.port })),
  };
  // detached: its own process group, so stop() can signal it and anything it forks at once.
  const child = spawn(process.execPath, hostArgs(config), {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const outputs = options.specs.map(() => new Lines());
  const outcomes: Array<HostMessage | undefined> = options.specs.map(() => undefined);
  let onSettled: () => void = () => {};
  const hostLine = (line: string) => {
    for (const lines of outputs) lines.push(line);
  };
  eachLine(child.stdout, (line) => {
    const message = parseMessage(line, options.specs.length);
    if (message === undefined) hostLine(line);
    else if (message.type === 'output') outputs[message.spec]?.push(message.line);
    else if (outcomes[message.spec] === undefined) {
      outcomes[message.spec] = message;
      if (outcomes.every((o) => o !== undefined)) onSettled();
    }
  });
  eachLine(child.stderr, hostLine);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    // 'close', not 'exit': every line the host wrote is read by then.
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const pid = child.pid;
  if (pid === undefined) {
    const names = options.specs.map((s) => s.specPath).join(', ');
    throw new PrismStartError(`@orgdir/mock: could not start Prism for ${names}`, '', false);
  }

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
        // The grace timer is cancelled once the host is gone: a pending one would keep this process alive.
        const grace = new AbortController();
        const result = await Promise.race([
          exited.then(() => 'exited' as const),
          delay(graceMs, 'timeout' as const, { signal: grace.signal }).catch(() => 'exited' as const),
        ]);
        grace.abort();
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

  const outcome = await waitUntilSettled(options.readyTimeoutMs, exited, (resolve) => {
    onSettled = resolve;
  });
  // Read before any kill: tells a starved host (little CPU, busy machine) from a stuck one.
  const cpuMs = outcome === 'timeout' ? cpuTimeMs(pid) : undefined;
  const exit = outcome === 'exited' ? await exited : undefined;
  const servers = options.specs.map((spec, i): PrismServerResult => {
    const message = outcomes[i];
    const output = () => outputs[i]?.text() ?? '';
    const fail = (why: string): PrismServerResult => {
      const text = output();
      return {
        ok: false,
        specPath: spec.specPath,
        error: new PrismStartError(
          `@orgdir/mock: Prism for ${spec.specPath} ${why}. Prism output:\n${text || '(nothing)'}`,
          text,
          /EADDRINUSE/.test(`${why}\n${text}`),
        ),
      };
    };
    if (message?.type === 'ready') {
      return {
        ok: true,
        specPath: spec.specPath,
        baseUrl: `http://${formatHost(options.host)}:${message.port}`,
        output,
      };
    }
    if (message?.type === 'failed') return fail(`failed before it was ready: ${message.message}`);
    if (outcome === 'timeout') {
      const where = spec.port === 0 ? '' : ` on http://${formatHost(options.host)}:${spec.port}`;
      const cpu = cpuMs === undefined ? '' : ` (it had used ${cpuMs} ms of CPU)`;
      return fail(`did not answer${where} within ${options.readyTimeoutMs} ms${cpu}`);
    }
    return fail(`exited (${exit?.signal ?? `code ${exit?.code}`}) before it was ready`);
  });
  if (servers.some((s) => !s.ok)) await stop(500);
  return { pid, servers, stop };
}

/** Starts Prism for one spec and resolves once it answers on its port. */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const { specPath, port, ...shared } = options;
  const host = await startPrismHost({ ...shared, specs: [{ specPath, port }] });
  const [server] = host.servers;
  if (server === undefined) throw new Error('@orgdir/mock: the Prism host reported no server');
  if (!server.ok) throw server.error;
  return { pid: host.pid, baseUrl: server.baseUrl, output: server.output, stop: host.stop };
}

/** Resolves with what happened first: every spec settled, the host's exit, or the timeout. */
function waitUntilSettled(
  readyTimeoutMs: number,
  exited: Promise<unknown>,
  onSettled: (resolve: () => void) => void,
): Promise<'settled' | 'exited' | 'timeout'> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: 'settled' | 'exited' | 'timeout') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => settle('timeout'), readyTimeoutMs);
    onSettled(() => settle('settled'));
    void exited.then(() => settle('exited'));
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
