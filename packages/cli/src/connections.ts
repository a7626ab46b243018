import {
  type CollectDirectoryOptions,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  type Vendor,
} from '@orgdir/client';
import { baseUrlOption, type ConnectionOptions, type Context } from './context.js';
import { type MockSession, startMockSession } from './mock-session.js';
import { notice } from './notice.js';
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
 * stops the mocks (also when `fn` throws). A vendor without a key is skipped with a one-line notice.
 */
export async function withConnections<T>(
  ctx: Context,
  options: ConnectionOptions,
  vendors: readonly Vendor[],
  fn: (connections: Connections) => Promise<T>,
): Promise<T> {
  let session: MockSession | undefined;
  if (options.mock) {
    session = await startMockSession({ vendors });
    if (!options.quiet) {
      const list = session.mocks.map((m) => `${m.vendor} ${m.baseUrl}${m.pid ? ` (pid ${m.pid})` : ''}`);
      notice(ctx, `started Prism mocks: ${list.join(', ')}`);
    }
  }
  try {
    ctx.signal.throwIfAborted();
    const clients: Clients = {};
    const skipped: Vendor[] = [];
    for (const vendor of vendors) {
      const apiKey = session ? MOCK_API_KEY : ctx.env[KEY_ENV[vendor]]?.trim();
      if (!apiKey) {
        skipped.push(vendor);
        notice(ctx, `skipping ${vendor}: ${KEY_ENV[vendor]} is not set (or run with --mock)`);
        continue;
      }
      ctx.secrets.add(apiKey);
      const baseUrl = session ? session.baseUrls[vendor] : baseUrlOption(options, vendor);
      const clientOptions = {
        apiKey,
        ...(baseUrl ? { baseUrl } : {}),
        ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      };
      switch (vendor) {
        case 'telnyx':
          clients.telnyx = createTelnyxClient(clientOptions);
          break;
        case 'flashback':
          clients.flashback = createFlashbackClient(clientOptions);
          break;
        case 'openai':
          clients.openai = createOpenAIClient(clientOptions);
          break;
      }
    }
    return await fn({ clients, skipped });
  } finally {
    await session?.stop();
  }
}
