import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request handler of a fake vendor server. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A running local server. */
export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Listens with `handler` on 127.0.0.1, on a free port, keeping connections alive as a real API does. */
export async function listen(handler: Handler): Promise<RunningServer> {
  const server: Server = createServer({ keepAlive: true }, handler);
  // Clients reuse their sockets across a whole case; never let the server drop them mid-run.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

let requestCounter = 0;

/** Sends `body` after `latencyMs` (a timer per request, like a real API's think time). */
export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  latencyMs: number,
): void {
  const write = (): void => {
    res.writeHead(status, {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'x-request-id': `req_${(++requestCounter).toString(36)}`,
    });
    res.end(body);
  };
  if (latencyMs > 0) setTimeout(write, latencyMs);
  else write();
}

/** Sends a JSON body. */
export function sendJson(res: ServerResponse, status: number, value: unknown, latencyMs: number): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), latencyMs);
}

/** Whether the request carries `Bearer <apiKey>`. */
export function authorized(req: IncomingMessage, apiKey: string): boolean {
  return req.headers.authorization === `Bearer ${apiKey}`;
}

/** Parses an integer query parameter; `undefined` when absent, `NaN` when malformed. */
export function intParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
}
