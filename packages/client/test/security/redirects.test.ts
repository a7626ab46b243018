/**
 * Redirects: only same-origin ones are followed, at most five per attempt, with the key sent
 * again on each hop. A redirect to another origin (another host name for the same address,
 * another port) or a sixth redirect is an APIConnectionError naming the origins, never the key
 * or a query string, and nothing from the other origin is requested.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { APIConnectionError, createOpenAIClient, createTelnyxClient } from '../../src/index.js';
import { FAKE_KEY, fast, json, startServer, type TestServer } from '../support/server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const started = await startServer(...args);
  servers.push(started);
  return started;
}

const EMPTY_LIST = { object: 'list', data: [], has_more: false };

/** A server that answers every request under /v1 with an empty OpenAI list. */
const target = () => server((_req, res) => json(res, 200, EMPTY_LIST));

/** Every way the error can be shown, joined. */
const shown = (error: unknown) => {
  const e = error as Error;
  return [e.message, String(e.stack), String(e.cause ?? '')].join('\n');
};

describe('same-origin redirects are followed', () => {
  it.each([301, 302, 303, 307, 308])('%s: followed, the key sent again, the answer used', async (status) => {
    const s = await server((_req, res, seen) => {
      if (seen.url.pathname === '/v1/organization/users')
        return json(res, status, {}, { location: '/v2/organization/users?after=x' });
      json(res, 200, { ...EMPTY_LIST, data: [{ id: 'u1', object: 'organization.user', email: 'a@example.com' }] });
    });
    const client = createOpenAIClient({ ...fast, baseUrl: `${s.url}/v1` });
    const users = await client.users.list().toArray();
    expect(users.map((u) => u.id)).toEqual(['u1']);
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /v1/organization/users',
      'GET /v2/organization/users',
    ]);
    expect(s.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${FAKE_KEY}`, `Bearer ${FAKE_KEY}`]);
  });

  it('five redirects in a row are followed; a sixth is an APIConnectionError', async () => {
    const chain = (hops: number) =>
      server((_req, res, seen) => {
        const n = Number(seen.url.searchParams.get('hop') ?? '0');
        if (n < hops) return json(res, 302, {}, { location: `/v1/organization/users?hop=${n + 1}` });
        json(res, 200, EMPTY_LIST);
      });
    const five = await chain(5);
    await expect(
      createOpenAIClient({ ...fast, baseUrl: `${five.url}/v1` })
        .users.list()
        .toArray(),
    ).resolves.toEqual([]);
    expect(five.requests).toHaveLength(6);
    const six = await chain(6);
    const error = await createOpenAIClient({ ...fast, baseUrl: `${six.url}/v1`, maxRetries: 2 })
      .users.list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/too many redirects/i);
    expect(six.requests).toHaveLength(6); // not retried: the policy would refuse again
  });
});

describe('a redirect elsewhere is refused, and the other origin never hears from the client', () => {
  it.each([
    ['another port', (to: TestServer) => `${to.url}/v1/organization/users`],
    ['another host name for the same address', (to: TestServer) => `${to.url.replace('127.0.0.1', 'localhost')}/v1/x`],
    ['plain http on a non-loopback host', () => 'http://orgdir-redirect.invalid/v1/organization/users?k=v'],
    ['https on another host', () => 'https://example.invalid/v1/organization/users'],
  ])('%s → APIConnectionError naming both origins', async (_name, location) => {
    const other = await target();
    const from = await server((_req, res) =>
      json(res, 302, {}, { location: location(other).replace('/v1/x', `/v1/x?secret=${FAKE_KEY}`) }),
    );
    const to = new URL(location(other)).origin;
    const error = await createOpenAIClient({ ...fast, baseUrl: `${from.url}/v1` })
      .users.list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    const message = (error as Error).message;
    expect(message).toContain(from.url);
    expect(message).toContain(to);
    expect(message).not.toContain('?');
    expect(shown(error)).not.toContain(FAKE_KEY);
    expect(other.requests).toHaveLength(0);
    expect(from.requests).toHaveLength(1);
  });

  it('a same-origin Location with credentials is refused, and they are not shown', async () => {
    const from = await server((req, res) =>
      json(res, 302, {}, { location: `http://user:${FAKE_KEY}@${req.headers.host}/v1/organization/users` }),
    );
    const error = await createOpenAIClient({ ...fast, baseUrl: `${from.url}/v1` })
      .users.list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/credentials/);
    expect(shown(error)).not.toContain(FAKE_KEY);
    expect(from.requests).toHaveLength(1);
  });

  it('the same rule holds for the raw openapi-fetch client and for a same-origin hop that then leaves', async () => {
    const other = await target();
    const from = await server((_req, res, seen) =>
      seen.url.pathname.endsWith('/first')
        ? json(res, 307, {}, { location: '/v2/second' })
        : json(res, 308, {}, { location: `${other.url}/v2/users` }),
    );
    const client = createTelnyxClient({ ...fast, baseUrl: `${from.url}/v2` });
    const error = await (client.raw.GET as (path: string) => Promise<unknown>)('/first').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(other.requests).toHaveLength(0);
    expect(from.requests.map((r) => r.url.pathname)).toEqual(['/v2/first', '/v2/second']);
  });
});
