import { deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIConnectionError, APIError, APITimeoutError, ResponseTooLargeError } from '../../src/errors.js';
import { createTelnyxClient } from '../../src/index.js';
import { nodeTransport } from '../../src/internal/node-transport.js';
import { fast, json, startServer, type TestServer } from '../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

const page = { data: [{ id: 'u1', email: 'ada@example.com' }], meta: { total_pages: 1, page_number: 1 } };
const pageText = JSON.stringify(page);

const list = (options: Parameters<typeof createTelnyxClient>[0] = {}) =>
  createTelnyxClient({ ...fast, baseUrl: server?.url ?? 'http://127.0.0.1:9', ...options })
    .users.list()
    .toArray();

describe('the built-in transport (no `fetch` option)', () => {
  it('lists over node:http with the headers fetch would send', async () => {
    server = await startServer((_req, res) => json(res, 200, page));
    expect((await list()).map((user) => user.email)).toEqual(['ada@example.com']);
    const [seen] = server.requests;
    expect(seen?.headers).toMatchObject({
      authorization: `Bearer ${fast.apiKey}`,
      accept: expect.any(String),
      'accept-encoding': 'gzip, deflate',
    });
  });

  it('gives way to a global fetch replaced after the client was loaded (a test double)', async () => {
    server = await startServer((_req, res) => json(res, 500, {}));
    const double = vi.fn(async () => Response.json(page));
    vi.stubGlobal('fetch', double);
    expect((await list()).map((user) => user.id)).toEqual(['u1']);
    expect(double).toHaveBeenCalledTimes(1);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['gzip', (text: string) => gzipSync(text)],
    ['x-gzip', (text: string) => gzipSync(text)],
    ['deflate', (text: string) => deflateSync(text)],
  ])('decodes a %s body', async (encoding, encode) => {
    server = await startServer((_req, res) => {
      const body = encode(pageText);
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': encoding,
        'content-length': body.length,
      });
      res.end(body);
    });
    expect((await list()).map((user) => user.id)).toEqual(['u1']);
  });

  it('caps the decoded size: a small gzip body that inflates past maxResponseBytes is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    server = await startServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': bomb.length,
      });
      res.end(bomb);
    });
    await expect(list({ maxResponseBytes: 1024 * 1024 })).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  /** Answers that break off or cannot be decoded: each attempt fails and is retried, nothing is parsed. */
  const broken: Array<[string, (res: import('node:http').ServerResponse) => void]> = [
    [
      'a body shorter than its Content-Length',
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': pageText.length + 50 });
        res.write(pageText);
        setImmediate(() => res.socket?.destroy());
      },
    ],
    [
      'a chunked body cut before its last chunk',
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(pageText);
        setImmediate(() => res.socket?.destroy());
      },
    ],
    [
      'a gzip body that is not gzip',
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(pageText);
      },
    ],
    [
      'a gzip body cut short',
      (res) => {
        const body = gzipSync(pageText).subarray(0, 20);
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(body);
      },
    ],
  ];

  it.each(broken)('%s: retried, then an APIConnectionError', async (_name, answer) => {
    server = await startServer((_req, res) => answer(res));
    const failure = list({ maxRetries: 2 });
    await expect(failure).rejects.toBeInstanceOf(APIConnectionError);
    await expect(failure).rejects.not.toHaveProperty('message', expect.stringContaining(fast.apiKey));
    expect(server.requests).toHaveLength(3);
  });

  it('a body that stops arriving ends in APITimeoutError and the connection is closed', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"data":[');
    });
    await expect(list({ maxRetries: 0, timeoutMs: 100 })).rejects.toBeInstanceOf(APITimeoutError);
    await vi.waitFor(() => expect(server?.requests[0]?.aborted).toBe(true));
  });

  it.each([
    ['a control character', 'a\x01b'],
    ['a NUL', 'a\x00b'],
  ])('a header value with %s is an APIConnectionError, not a crash', async (_name, value) => {
    const { createServer } = await import('node:net');
    const raw = createServer((socket) =>
      socket.once('data', () =>
        socket.end(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-odd: ${value}\r\ncontent-length: 2\r\n\r\n{}`,
        ),
      ),
    );
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const { port } = raw.address() as import('node:net').AddressInfo;
    try {
      await expect(list({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 })).rejects.toBeInstanceOf(
        APIConnectionError,
      );
    } finally {
      raw.close();
    }
  });

  it.each([600, 999, 103])('a status of %i is a typed error, not a crash', async (status) => {
    server = await startServer((_req, res) => {
      if (status < 200) {
        // An informational answer, then nothing final: the attempt times out.
        res.writeProcessing();
        return;
      }
      res.socket?.end(`HTTP/1.1 ${status} Odd\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`);
    });
    const failure = list({ maxRetries: 0, timeoutMs: 200 });
    await expect(failure).rejects.toBeInstanceOf(status < 200 ? APITimeoutError : APIError);
    if (status >= 200) await expect(failure).rejects.toMatchObject({ status });
  });
});

describe('nodeTransport', () => {
  it('sends a body given as bytes, with its length', async () => {
    const received: string[] = [];
    server = await startServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      received.push(`${req.headers['content-length']}:${Buffer.concat(chunks).toString()}`);
      json(res, 201, { ok: true });
    });
    const send = nodeTransport(1024);
    const response = await send(`${server.url}/things`, {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: new TextEncoder().encode('{"a":1}').buffer,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(received).toEqual(['7:{"a":1}']);
  });

  it('keeps every header as received, repeated ones joined', async () => {
    server = await startServer((_req, res) => {
      res.setHeader('x-rate', ['1', '2']);
      json(res, 200, {});
    });
    const response = await nodeTransport(1024)(server.url, { headers: [] });
    expect(response.headers.get('x-rate')).toBe('1, 2');
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('answers a HEAD and a 204 without a body', async () => {
    server = await startServer((req, res) => {
      res.writeHead(req.method === 'HEAD' ? 200 : 204, { 'content-length': req.method === 'HEAD' ? '10' : '0' });
      res.end();
    });
    const send = nodeTransport(1024);
    for (const method of ['HEAD', 'DELETE']) {
      const response = await send(server.url, { method });
      expect(response.body).toBeNull();
      expect(await response.text()).toBe('');
    }
  });

  it('an aborted signal rejects with its reason before anything is sent', async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const controller = new AbortController();
    controller.abort(new Error('gave up'));
    await expect(nodeTransport(1024)(server.url, { signal: controller.signal })).rejects.toThrow('gave up');
    expect(server.requests).toHaveLength(0);
  });
});
