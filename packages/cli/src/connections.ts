import {
  type ClientOptions,
  type CollectDirectoryOptions,
  redact,
  type Vendor,
  vendorDefinition,
} from '@orgdir/client';
import { baseUrlOption, type ConnectionOptions, type Context } from './context.js';
import { type MockSession, startMockSession } from './mock-session.js';
import { notice } from './notice.js';
import { type ProxiedFetch, proxiedFetch } from './proxy.js';
import { forStream } from './terminal.js';
import { KEY_ENV } from './vendors.js';

/** The API key sent to the Prism mocks, which check only that one is present. */
export const MOCK_API_KEY = 'orgdir-mock-key';

/** The clients a command may use: one per vendor that has a key (or a mock). */
export type Clients = CollectDirectoryOptions['clients'];

/** What {@link withConnections} hands to a command. */
export interface Connections {
  clients: Clients;
  /** Vendors left out because their key is not set. */
  skipped: Vendor[];
}

/**
 * Builds a client per vendor from the environment's keys and the `--base-url-*` options, or, with
 * `--mock`, starts the vendors' Prism mocks and points the clients at them. Runs `fn`, then always
 * stops the mocks (also when `fn` throws). A vendor without a key is skipped with a one-line notice
 * (unless `--quiet`, or no vendor is left: the command then says so in its one error line).
 * Requests go through `HTTPS_PROXY`/`HTTP_PROXY` unless `NO_PROXY` exempts the host.
 * `configure`, when given, adjusts each vendor's client options before the client is created.
 */
export async function withConnections<T>(
  ctx: Context,
  options: ConnectionOptions,
  vendors: readonly Vendor[],
  fn: (connections: Connections) => Promise<T>,
  configure?: (vendor: Vendor, options: ClientOptions) => ClientOptions,
): Promise<T> {
  let session: MockSession | undefined;
  let proxy: ProxiedFetch | undefined;
  if (options.mock) {
    session = await startMockSession({ vendors });
    if (!options.quiet) {
      const list = session.mocks.map((m) => `${m.vendor} ${m.baseUrl}${m.pid ? ` (pid ${m.pid})` : ''}`);
      notice(ctx, `started Prism mocks: ${list.join(', ')}`);
    }
  }
  try {
    ctx.signal.throwIfAborted();
    proxy = await proxiedFetch(ctx.env);
    for (const url of proxy?.proxies ?? []) {
      const password = URL.canParse(url) ? decodeURIComponent(new URL(url).password) : '';
      if (password) ctx.secrets.add(password);
    }
    const clients: Clients = {};
    const skipped: Vendor[] = [];
    for (const vendor of vendors) {
      const apiKey = session ? MOCK_API_KEY : ctx.env[KEY_ENV[vendor]]?.trim();
      if (!apiKey) {
        skipped.push(vendor);
        continue;
      }
      ctx.secrets.add(apiKey);
      const baseUrl = session ? session.baseUrls[vendor] : baseUrlOption(options, vendor);
      const common: ClientOptions = {
        apiKey,
        ...(baseUrl ? { baseUrl } : {}),
        ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
        ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(proxy ? { fetch: proxy.fetch } : {}),
        ...(options.verbose ? { logger: stderrLogger(ctx) } : {}),
      };
      const clientOptions = configure ? configure(vendor, common) : common;
      (clients as Partial<Record<Vendor, unknown>>)[vendor] = vendorDefinition(vendor).createClient(clientOptions);
    }
    // One vendor left out of several is worth a line; with none left the command's error says it all.
    if (!options.quiet && Object.keys(clients).length > 0) {
      for (const vendor of skipped)
        notice(ctx, `skipping ${vendor}: ${KEY_ENV[vendor]} is not set (or run with --mock)`);
    }
    return await fn({ clients, skipped });
  } finally {
    await proxy?.close().catch(() => undefined);
    await session?.stop();
  }
}

/** The client's logger for `--verbose`: each line on stderr, keys redacted, inert on a terminal. */
function stderrLogger(ctx: Context): Pick<Console, 'debug' | 'warn'> {
  const write = (...args: unknown[]) => {
    ctx.stderr.write(`${forStream(ctx.stderr, redact(args.map(String).join(' '), ctx.secrets))}\n`);
  };
  return { debug: write, warn: write };
}
