import { fetch as undiciFetch } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { APIConnectionError, APITimeoutError } from '../../src/errors.js';
import { createTelnyxClient } from '../../src/index.js';
import { json, startServer, type TestServer } from '../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const page = { data: [{ id: 'u1', email: 'ada@example.com' }], meta: { total_pages: 1, page_number: 1 } };

describe('the `fetch` option', () => {
  it("accepts undici's own fetch (the one a proxy dispatcher needs), which does not know Node's Request", async () => {
    server = await startServer((_req, res) => json(res, 200, page));
    const telnyx = createTelnyxClient({
      apiKey: 'KEY_interop',
      baseUrl: server.url,
      fetch: undiciFetch as unknown as typeof fetch,
      maxRetries: 0,
    });
    const users = await telnyx.users.list().toArray();
    expect(users.map((u) => u.email)).toEqual(['ada@example.com']);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer KEY_interop');
  });

  it('hands the fetch a URL string and a plain init with method, headers and signal', async () => {
    server = await startServer((_req, res) => json(res, 200, page));
    const calls: Array<[unknown, RequestInit | undefined]> = [];
    const recording: typeof fetch = (input, init) => {
      calls.push([input, init]);
      return fetch(input, init);
    };
    await createTelnyxClient({ apiKey: 'KEY_interop', baseUrl: server.url, fetch: recording }).users.list().toArray();
    const [input, init] = calls[0] ?? [];
    expect(typeof input).toBe('string');
    expect(init?.method).toBe('GET');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer KEY_interop');
  });
});

describe('connection and timeout errors', () => {
  it('a refused connection names the vendor and the cause in words', async () => {
    const closed = await startServer(() => {});
    const url = closed.url;
    await closed.close();
    const promise = createTelnyxClient({ apiKey: 'KEY_x', baseUrl: url, maxRetries: 0 }).users.list().toArray();
    await expect(promise).rejects.toBeInstanceOf(APIConnectionError);
    await expect(promise).rejects.toMatchObject({
      vendor: 'telnyx',
      message: expect.stringMatching(/^telnyx: Connection error, connection refused \(ECONNREFUSED\): GET http/),
    });
  });

  it('a timeout names the vendor', async () => {
    server = await startServer(() => {}); // never answers
    const promise = createTelnyxClient({ apiKey: 'KEY_x', baseUrl: server.url, maxRetries: 0, timeoutMs: 50 })
      .users.list()
      .toArray();
    await expect(promise).rejects.toBeInstanceOf(APITimeoutError);
    await expect(promise).rejects.toMatchObject({ vendor: 'telnyx', message: expect.stringMatching(/^telnyx: /) });
  });
});
