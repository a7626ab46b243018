import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

/** A forward proxy on loopback that counts what it relays. */
export interface TestProxy {
  url: string;
  /** `host:port` of every CONNECT tunnel opened. */
  tunnels: string[];
  /** Absolute URIs of plain (non-tunnelled) proxied requests. */
  forwarded: string[];
  close(): Promise<void>;
}

/**
 * Starts an HTTP proxy speaking both forms a client may use: CONNECT tunnels (HTTPS, and undici's
 * default for HTTP too) and absolute-URI requests. It relays only to loopback.
 */
export async function startConnectProxy(): Promise<TestProxy> {
  const tunnels: string[] = [];
  const forwarded: string[] = [];
  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '');
    forwarded.push(target.href);
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const authority = req.url ?? '';
    tunnels.push(authority);
    const [host, port] = [
      authority.slice(0, authority.lastIndexOf(':')),
      authority.slice(authority.lastIndexOf(':') + 1),
    ];
    if (host !== '127.0.0.1' && host !== 'localhost') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    forwarded,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
