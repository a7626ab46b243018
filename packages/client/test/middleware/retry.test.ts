import { afterEach, describe, expect, it } from 'vitest';
import { APIConnectionError, APITimeoutError, ResponseTooLargeError } from '../../src/errors.js';
import {
  backoffMs,
  createRetryFetch,
  isRetryableStatus,
  type RetryFetchOptions,
  retryAfterMs,
} from '../../src/middleware/retry.js';
import { json, startServer, type TestServer } from '../support/server.js';

const base: RetryFetchOptions = {
  fetch: (input, init) => globalThis.fetch(input, init),
  maxRetries: 2,
  timeoutMs: 5_000,
  retryBaseDelayMs: 1,
  maxRetryDelayMs: 20,
  maxResponseBytes: 1024,
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, 3000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    [{ 'retry-after-ms': '150', 'retry-after': '9' }, 150],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
  ])('%i → %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

it('backoff doubles per attempt, stays within 75–100 % of the step, and is capped', () => {
  for (let attempt = 0; attempt < 6; attempt++) {
    const step = Math.min(100 * 2 ** attempt, 1000);
    const delay = backoffMs(attempt, 100, 1000);
    expect(delay).toBeGreaterThanOrEqual(step * 0.75);
    expect(delay).toBeLessThanOrEqual(step);
  }
});

describe('createRetryFetch', () => {
  /** A server that answers each request with the next response of the script. */
  async function scripted(script: Array<[number, Record<string, string>?]>) {
    let i = 0;
    server = await startServer((_req, res) => {
      const [status, headers] = script[Math.min(i++, script.length - 1)] ?? [200];
      json(res, status, { status }, headers);
    });
    return server;
  }

  it.each([
    ['Retry-After in seconds', { 'retry-after': '0' }],
    ['Retry-After as an HTTP date', { 'retry-after': new Date(Date.now() - 1000).toUTCString() }],
    ['a Retry-After beyond the cap', { 'retry-after': '3600' }],
  ])('retries a 429 honouring %s', async (_name, headers) => {
    const s = await scripted([[429, headers], [200]]);
    const response = await createRetryFetch(base)(new Request(s.url));
    expect(response.status).toBe(200);
    expect(s.requests).toHaveLength(2);
  });

  it.each([408, 409, 500, 503])('retries %i up to maxRetries, then returns the last answer', async (status) => {
    const s = await scripted([[status]]);
    const response = await createRetryFetch(base)(new Request(s.url));
    expect(response.status).toBe(status);
    expect(s.requests).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 422])('never retries %i', async (status) => {
    const s = await scripted([[status], [200]]);
    expect((await createRetryFetch(base)(new Request(s.url))).status).toBe(status);
    expect(s.requests).toHaveLength(1);
  });

  it('tells the listener about each retry and its status', async () => {
    const s = await scripted([[429], [503], [200]]);
    const events: Array<number | undefined> = [];
    await createRetryFetch(base)(new Request(s.url), { onRetry: (e) => events.push(e.status) });
    expect(events).toEqual([429, 503]);
  });

  it('re-sends the request body on every attempt', async () => {
    const bodies: string[] = [];
    let n = 0;
    server = await startServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      bodies.push(body);
      json(res, n++ === 0 ? 503 : 200, {});
    });
    await createRetryFetch(base)(new Request(server.url, { method: 'POST', body: 'payload' }));
    expect(bodies).toEqual(['payload', 'payload']);
  });

  it('re-sends a body-less request with its method, URL and headers on every attempt', async () => {
    const s = await scripted([[503], [503], [200]]);
    const request = new Request(`${s.url}/users?page=2`, { method: 'DELETE', headers: { 'x-trace': 'abc' } });
    expect((await createRetryFetch(base)(request)).status).toBe(200);
    expect(s.requests.map((r) => [r.method, `${r.url.pathname}${r.url.search}`, r.headers['x-trace']])).toEqual([
      ['DELETE', '/users?page=2', 'abc'],
      ['DELETE', '/users?page=2', 'abc'],
      ['DELETE', '/users?page=2', 'abc'],
    ]);
    // The caller's Request is left usable: nothing consumed or aborted it.
    expect(request.bodyUsed).toBe(false);
    expect(request.signal.aborted).toBe(false);
  });

  it('retries a refused connection, then throws APIConnectionError', async () => {
    const s = await startServer(() => {});
    const url = s.url;
    await s.close();
    const promise = createRetryFetch(base)(new Request(url));
    await expect(promise).rejects.toBeInstanceOf(APIConnectionError);
    await expect(promise).rejects.not.toBeInstanceOf(APITimeoutError);
  });

  it('times out each attempt and throws APITimeoutError after the retries', async () => {
    server = await startServer(() => {}); // never answers
    // Count attempts where the client makes them: under load a 30 ms attempt can time out before
    // the server has even seen it, so the server's count is not what this test is about.
    let attempts = 0;
    const countingFetch: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    const promise = createRetryFetch({ ...base, fetch: countingFetch, timeoutMs: 30, maxRetries: 1 })(
      new Request(server.url),
    );
    await expect(promise).rejects.toBeInstanceOf(APITimeoutError);
    expect(attempts).toBe(2);
  });

  it('a caller abort cancels the attempt in flight and every later one', async () => {
    server = await startServer(() => {}); // never answers
    const controller = new AbortController();
    const promise = createRetryFetch(base)(new Request(server.url, { signal: controller.signal }));
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 30));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.aborted).toBe(true);
  });

  it('with hooks, only the signal they name cancels the request (a listing page with no caller signal has none)', async () => {
    const s = await scripted([[503], [200]]);
    const stale = new AbortController();
    stale.abort();
    // The Request's own signal is not the caller's when hooks are given: they say which one is.
    const response = await createRetryFetch(base)(new Request(s.url, { signal: stale.signal }), {});
    expect(response.status).toBe(200);
    expect(s.requests).toHaveLength(2);
    const caller = new AbortController();
    caller.abort();
    await expect(createRetryFetch(base)(new Request(s.url), { signal: caller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('a caller abort during the backoff wait stops the retries', async () => {
    const s = await scripted([[503, { 'retry-after': '3600' }]]);
    const controller = new AbortController();
    const promise = createRetryFetch({ ...base, maxRetryDelayMs: 60_000 })(
      new Request(s.url, { signal: controller.signal }),
    );
    while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(s.requests).toHaveLength(1);
  });

  // The deterministic form of a lost abort (undici links a Request to its signal weakly, so a GC can
  // drop the link): a fetch that ignores its signal must still not hang the client.
  const deafFetch: typeof fetch = () => new Promise(() => {});

  it('a timeout ends an attempt even when fetch ignores the abort', async () => {
    const promise = createRetryFetch({ ...base, fetch: deafFetch, timeoutMs: 20, maxRetries: 1 })(
      new Request('http://127.0.0.1:9'),
    );
    await expect(promise).rejects.toBeInstanceOf(APITimeoutError);
  });

  it('the hook signal cancels even when the Request carries none and fetch ignores the abort', async () => {
    const controller = new AbortController();
    const promise = createRetryFetch({ ...base, fetch: deafFetch })(new Request('http://127.0.0.1:9'), {
      signal: controller.signal,
    });
    controller.abort(new Error('caller gave up'));
    await expect(promise).rejects.toThrow('caller gave up');
  });

  it('a timeout ends a body that stops arriving', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
    });
    const promise = createRetryFetch({ ...base, timeoutMs: 50, maxRetries: 0 })(new Request(server.url));
    await expect(promise).rejects.toBeInstanceOf(APITimeoutError);
  });

  describe('maxResponseBytes', () => {
    it('refuses a declared Content-Length above the cap', async () => {
      server = await startServer((_req, res) => json(res, 200, { pad: 'x'.repeat(2000) }));
      await expect(createRetryFetch(base)(new Request(server.url))).rejects.toBeInstanceOf(ResponseTooLargeError);
    });

    it('refuses a chunked body that grows past the cap', async () => {
      server = await startServer(async (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 20; i++) res.write('x'.repeat(100));
        res.end();
      });
      await expect(createRetryFetch(base)(new Request(server.url))).rejects.toBeInstanceOf(ResponseTooLargeError);
    });

    it('accepts a body at the cap', async () => {
      server = await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('y'.repeat(1024));
      });
      expect(await (await createRetryFetch(base)(new Request(server.url))).text()).toHaveLength(1024);
    });
  });
});
