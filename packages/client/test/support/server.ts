import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the test server saw. */
export interface Seen {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  /** True once the client hung up before the response finished. */
  aborted: boolean;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => unknown;

/** A local HTTP server on 127.0.0.1 and a free port, recording every request and every client abort. */
export interface TestServer {
  url: string;
  requests: Seen[];
  /** Requests currently being handled. */
  inFlight(): number;
  /** Highest number of requests handled at once so far. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Seen[] = [];
  let current = 0;
  let max = 0;
  const server = createServer((req, res) => {
    const seen: Seen = {
      method: req.method ?? '',
      url: new URL(req.url ?? '/', 'http://127.0.0.1'),
      headers: req.headers,
      aborted: false,
    };
    requests.push(seen);
    current++;
    max = Math.max(max, current);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        current--;
      }
    };
    res.on('finish', finish);
    res.on('close', () => {
      if (!res.writableFinished) seen.aborted = true;
      finish();
    });
    Promise.resolve(handler(req, res, seen)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(599);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inFlight: () => current,
    maxInFlight: () => max,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON body with a status and extra headers. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Resolves after `ms` (used only to hold a response open, never to assert speed). */
export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A distinctive fake key, so any leak is easy to find. */
export const FAKE_KEY = 'sk-orgdir-FAKE-7f3c9a1e-do-not-leak';

/** Options that keep retries fast in tests. */
export const fast = { apiKey: FAKE_KEY, retryBaseDelayMs: 1, maxRetryDelayMs: 20 } as const;
