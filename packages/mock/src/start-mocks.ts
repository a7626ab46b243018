import { groupForHosts } from './internal/host-groups.js';
import { type PrismHost, PrismStartError, startPrismHost } from './prism.js';
import { loadSpecPaths, VENDORS, type Vendor } from './specs.js';

/** Options of {@link startMocks}. */
export interface StartMocksOptions<V extends Vendor = Vendor> {
  /** Vendors to mock; default: every vendor in `redocly.yaml`. */
  vendors?: readonly V[];
  /** Prism's dynamic mode (`--dynamic`): bodies generated from the schemas instead of the examples. */
  dynamic?: boolean;
  /** Loopback address to listen on; default `127.0.0.1`. */
  host?: '127.0.0.1' | '::1' | 'localhost';
  /** Prism's `--errors`: a request or response violation becomes an error response. Default true. */
  errors?: boolean;
  /** Spec files to mock instead of the ones `redocly.yaml` declares. */
  specPaths?: Partial<Record<V, string>>;
  /**
   * How long Prism may take to answer for every spec. Default: `ORGDIR_MOCK_READY_TIMEOUT_MS` when set, else
   * 60000 ms (a Prism start costs seconds of CPU; see the README's machine-size notes).
   */
  readyTimeoutMs?: number;
}

/** One running mock server. */
export interface RunningMock<V extends Vendor = Vendor> {
  vendor: V;
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  baseUrl: string;
  /** The process serving this mock; the mocks of one `startMocks` call usually share it. */
  pid: number;
  specPath: string;
  /** The last lines Prism printed. */
  output(): string;
}

/** The mocks {@link startMocks} started; `stop()` must be awaited before the process ends. */
export interface Mocks<V extends Vendor = Vendor> {
  mocks: Array<RunningMock<V>>;
  baseUrls: Record<V, string>;
  /** Stops every mock (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
}

const DEFAULT_READY_TIMEOUT_MS = 60_000;
export const READY_TIMEOUT_ENV = 'ORGDIR_MOCK_READY_TIMEOUT_MS';

/** The default `readyTimeoutMs`: `ORGDIR_MOCK_READY_TIMEOUT_MS` when set (a positive integer), else 60000. */
export function defaultReadyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[READY_TIMEOUT_ENV];
  if (raw === undefined || raw === '') return DEFAULT_READY_TIMEOUT_MS;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(
      `@orgdir/mock: ${READY_TIMEOUT_ENV} must be a positive whole number of milliseconds, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/**
 * Starts one Prism 5.14 mock server per vendor spec, each on its own free loopback port, and
 * resolves once every one of them answers. The servers run in one child process that loads Prism
 * once (a spec that sets json-schema-faker options gets a process of its own). They are also
 * killed if this process exits or is interrupted first.
 */
export async function startMocks<V extends Vendor = Vendor>(options: StartMocksOptions<V> = {}): Promise<Mocks<V>> {
  const vendors = (options.vendors ?? VENDORS) as readonly V[];
  const host = options.host ?? '127.0.0.1';
  if (
    options.readyTimeoutMs !== undefined &&
    !(Number.isFinite(options.readyTimeoutMs) && options.readyTimeoutMs > 0)
  ) {
    throw new RangeError(`@orgdir/mock: readyTimeoutMs must be a positive number, got ${options.readyTimeoutMs}`);
  }
  const readyTimeoutMs = options.readyTimeoutMs ?? defaultReadyTimeoutMs();
  const declared = options.specPaths !== undefined && vendors.every((v) => options.specPaths?.[v] !== undefined);
  const specPaths: Partial<Record<Vendor, string>> = {
    ...(declared ? {} : await loadSpecPaths()),
    ...options.specPaths,
  };
  const specs = vendors.map((vendor) => {
    const specPath = specPaths[vendor];
    if (specPath === undefined) throw new Error(`@orgdir/mock: no spec for ${vendor}`);
    return { vendor, specPath, port: 0 };
  });
  // One process loads Prism once and serves every spec on its own port (port 0: the OS picks).
  const groups = await groupForHosts(specs);
  const settled = await Promise.allSettled(
    groups.map((group) =>
      startPrismHost({
        specs: group,
        host,
        dynamic: options.dynamic ?? false,
        errors: options.errors ?? true,
        readyTimeoutMs,
      }),
    ),
  );
  const hosts = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stop = async () => {
    await Promise.all(hosts.map((h) => h.stop()));
  };
  const mocks: Array<RunningMock<V>> = [];
  const failures: Array<{ vendor: V; error: unknown }> = [];
  settled.forEach((result, g) => {
    const group = groups[g] ?? [];
    if (result.status === 'rejected') {
      for (const spec of group) failures.push({ vendor: spec.vendor, error: result.reason });
      return;
    }
    const host: PrismHost = result.value;
    group.forEach((spec, i) => {
      const server = host.servers[i];
      if (server?.ok) {
        mocks.push({
          vendor: spec.vendor,
          baseUrl: server.baseUrl,
          pid: host.pid,
          specPath: spec.specPath,
          output: server.output,
        });
      } else failures.push({ vendor: spec.vendor, error: server?.error });
    });
  });
  if (failures.length > 0) {
    await stop();
    failures.sort((a, b) => vendors.indexOf(a.vendor) - vendors.indexOf(b.vendor));
    const detail = failures.map((f) => `${f.vendor}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
    const output = failures.map((f) => (f.error instanceof PrismStartError ? f.error.output : '')).join('\n');
    throw new PrismStartError(
      `@orgdir/mock: could not start ${failures.length} of ${vendors.length} mocks\n${detail.join('\n')}`,
      output,
      false,
    );
  }
  mocks.sort((a, b) => vendors.indexOf(a.vendor) - vendors.indexOf(b.vendor));
  const baseUrls = Object.fromEntries(mocks.map((m) => [m.vendor, m.baseUrl])) as Record<V, string>;
  return { mocks, baseUrls, stop };
}
