import { findFreePort } from './free-port.js';
import { type PrismOptions, type PrismProcess, PrismStartError, startPrism } from './prism.js';
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
   * How long each Prism may take to answer. Default: `ORGDIR_MOCK_READY_TIMEOUT_MS` when set, else
   * 60000 ms (a Prism start costs seconds of CPU; see the README's machine-size notes).
   */
  readyTimeoutMs?: number;
}

/** One running mock server. */
export interface RunningMock<V extends Vendor = Vendor> {
  vendor: V;
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  baseUrl: string;
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

const PORT_ATTEMPTS = 3;
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
 * Starts one Prism 5.14 mock server per vendor spec, in parallel, each on a free loopback port,
 * and resolves once every one of them answers. They are also killed if this process exits or is
 * interrupted first.
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
  const results = await Promise.allSettled(
    vendors.map(async (vendor): Promise<RunningMock<V> & { prism: PrismProcess }> => {
      const specPath = specPaths[vendor];
      if (specPath === undefined) throw new Error(`@orgdir/mock: no spec for ${vendor}`);
      const prism = await startOnFreePort({
        specPath,
        host,
        dynamic: options.dynamic ?? false,
        errors: options.errors ?? true,
        readyTimeoutMs,
      });
      return { vendor, baseUrl: prism.baseUrl, pid: prism.pid, specPath, output: prism.output, prism };
    }),
  );
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stop = async () => {
    await Promise.all(started.map((m) => m.prism.stop()));
  };
  const failures = results.flatMap((r, i) =>
    r.status === 'rejected' ? [{ vendor: vendors[i], reason: r.reason as unknown }] : [],
  );
  if (failures.length > 0) {
    await stop();
    const detail = failures.map(
      (f) => `${f.vendor}: ${f.reason instanceof Error ? f.reason.message : String(f.reason)}`,
    );
    throw new Error(
      `@orgdir/mock: could not start ${failures.length} of ${vendors.length} mocks\n${detail.join('\n')}`,
    );
  }
  const mocks = started.map(({ prism: _prism, ...mock }) => mock);
  const baseUrls = Object.fromEntries(mocks.map((m) => [m.vendor, m.baseUrl])) as Record<V, string>;
  return { mocks, baseUrls, stop };
}

async function startOnFreePort(options: Omit<PrismOptions, 'port'>): Promise<PrismProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(options.host);
    try {
      return await startPrism({ ...options, port });
    } catch (error) {
      // Another process may take the probed port before Prism binds it: try a fresh one.
      if (!(error instanceof PrismStartError && error.portInUse && attempt < PORT_ATTEMPTS)) throw error;
    }
  }
}
