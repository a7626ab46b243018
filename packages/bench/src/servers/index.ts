/**
 * The benchmarks' fake vendors: `@orgdir/fake-vendors` in its own worker thread, serving one
 * vendor at the root with strict paging, keep-alive and cached page bodies.
 */
import { STRICT_PAGING, startFakeVendorsWorker } from '@orgdir/fake-vendors';

/** How a fake Telnyx server behaves. */
export interface TelnyxServerOptions {
  /** Number of organisation users. */
  users: number;
  /** Delay before each answer. */
  latencyMs: number;
  /** The bearer token the server accepts. */
  apiKey: string;
  /** Seed of the data set. */
  seed?: number;
  /** Compute users page by page instead of holding them (for data sets too big to hold). */
  lazy?: boolean;
  /** Answer 429 (after the latency) to a request that arrives while this many are already in flight. */
  maxInFlight?: number;
}

/** How a fake OpenAI admin server behaves. */
export interface OpenAIServerOptions {
  /** Number of users in the group. */
  users: number;
  /** Delay before each answer. */
  latencyMs: number;
  /** The bearer token the server accepts. */
  apiKey: string;
  /** The one group the server knows. */
  groupId: string;
  /** Seed of the data set. */
  seed?: number;
}

/** Which fake server to start, and how it behaves. */
export type ServerSpec =
  | { vendor: 'telnyx'; options: TelnyxServerOptions }
  | { vendor: 'openai'; options: OpenAIServerOptions };

/** A running local server. */
export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Clients reuse their sockets across a whole case; the server never drops them mid-run. */
const KEEP_ALIVE_MS = 60_000;

/**
 * Starts a fake vendor server in its own worker thread, so that building and serialising pages
 * never competes with the client under test for the main event loop.
 */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const { vendor, options } = spec;
  const fake = await startFakeVendorsWorker({
    users:
      vendor === 'telnyx'
        ? { vendor, count: options.users, seed: options.seed ?? 7, lazy: options.lazy ?? false }
        : { vendor, count: options.users, seed: options.seed ?? 11, group: options.groupId },
    options: {
      apiKey: options.apiKey,
      latencyMs: options.latencyMs,
      vendors: [vendor],
      prefixes: { [vendor]: '' },
      paging: STRICT_PAGING,
      keepAliveMs: KEEP_ALIVE_MS,
      requestIds: true,
      cacheBodies: true,
      ...(vendor === 'telnyx' && options.maxInFlight !== undefined && { maxInFlight: options.maxInFlight }),
    },
  });
  return { baseUrl: fake.baseUrl(vendor), close: () => fake.close() };
}
