import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APIError,
  ConfigurationError,
  DriftError,
  type DriftEvent,
  InvalidResponseError,
  ReportFormatError,
} from '../src/errors.js';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient } from '../src/index.js';
import { FAKE_KEY, fast, json, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const user = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `user-${n}`,
  record_type: 'organization_sub_user',
  email: `u${n}@example.com`,
  user_status: 'enabled',
  created_at: '2024-01-01T00:00:00Z',
  last_sign_in_at: null,
  ...extra,
});

/** A loopback Telnyx whose one page of users is `users`, and whose answers `answer` may replace. */
async function telnyx(users: unknown[], answer?: (res: ServerResponse, path: string) => boolean) {
  server = await startServer((_req, res, seen) => {
    if (answer?.(res, seen.url.pathname)) return;
    json(res, 200, {
      data: users,
      meta: { total_pages: 1, total_results: users.length, page_number: 1, page_size: 250 },
    });
  });
  return server.url;
}

/** An answer that replaces every page: `status` with a Telnyx error body. */
function failWith(status: number, body: unknown) {
  return (res: ServerResponse) => {
    json(res, status, body);
    return true;
  };
}

/** Collects what onDrift receives. */
function recorder() {
  const events: DriftEvent[] = [];
  return { events, onDrift: (event: DriftEvent) => void events.push(event) };
}

const drifted = [user(1, { user_status: 'suspended', mfa: true }), user(2, { user_status: 'suspended', mfa: false })];

describe("validate: 'off' (the default)", () => {
  it('returns drifted data as before, without checking it', async () => {
    const baseUrl = `${await telnyx(drifted)}/v2`;
    const users = await createTelnyxClient({ ...fast, baseUrl })
      .users.list()
      .toArray();
    expect(users).toEqual(drifted);
  });
});

describe("validate: 'report'", () => {
  it('returns the data unchanged and reports each drift once per answer, counted, named by operation', async () => {
    const baseUrl = `${await telnyx(drifted)}/v2`;
    const { events, onDrift } = recorder();
    const users = await createTelnyxClient({ ...fast, baseUrl, validate: 'report', onDrift })
      .users.list()
      .toArray();
    expect(users).toEqual(drifted);
    const common = {
      vendor: 'telnyx',
      operationId: 'listOrganizationUsers',
      status: 200,
      mediaType: 'application/json',
    };
    expect(events).toEqual([
      {
        ...common,
        kind: 'unknown-enum-value',
        path: '/data/*/user_status',
        expected: 'enabled|disabled|blocked',
        actual: 'suspended',
        count: 2,
      },
      { ...common, kind: 'undocumented-property', path: '/data/*/mfa', expected: 'none', actual: 'boolean', count: 2 },
    ]);
  });

  it('reports nothing for a documented answer', async () => {
    const baseUrl = `${await telnyx([user(1), user(2)])}/v2`;
    const { events, onDrift } = recorder();
    await createTelnyxClient({ ...fast, baseUrl, validate: 'report', onDrift })
      .users.list()
      .toArray();
    expect(events).toEqual([]);
  });

  it('reports an undocumented status, then throws the API error as always', async () => {
    const baseUrl = `${await telnyx([], failWith(418, { errors: [{ code: '1', title: 'teapot' }] }))}/v2`;
    const { events, onDrift } = recorder();
    const client = createTelnyxClient({ ...fast, baseUrl, validate: 'report', onDrift });
    await expect(client.users.list().toArray()).rejects.toBeInstanceOf(APIError);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'undocumented-status',
        path: '',
        expected: '200|400|401|403',
        actual: '418',
        status: 418,
      }),
    ]);
  });

  it('reports drift inside a documented error answer, then throws the API error, not DriftError, even when strict', async () => {
    const baseUrl = `${await telnyx([], failWith(403, { errors: [{ code: 10010, title: 'Not authorized' }] }))}/v2`;
    const { events, onDrift } = recorder();
    const client = createTelnyxClient({ ...fast, baseUrl, validate: 'strict', onDrift });
    await expect(client.users.list().toArray()).rejects.not.toBeInstanceOf(DriftError);
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'type-mismatch',
        path: '/errors/*/code',
        expected: 'string',
        actual: 'integer',
        status: 403,
      }),
    ]);
  });

  it('reports an undocumented media type and still returns the data', async () => {
    const body = { data: [user(1)] };
    const baseUrl = `${await telnyx([], (res, path) => {
      if (!path.endsWith('/users_groups_report')) return false;
      const text = JSON.stringify(body);
      res.writeHead(200, { 'content-type': 'application/problem+json; charset=utf-8' });
      res.end(text);
      return true;
    })}/v2`;
    const { events, onDrift } = recorder();
    const rows = await createTelnyxClient({ ...fast, baseUrl, validate: 'report', onDrift }).users.groupsReport();
    expect(rows).toEqual([user(1)]);
    expect(events).toEqual([
      expect.objectContaining({
        operationId: 'getOrganizationUsersGroupsReport',
        kind: 'undocumented-media-type',
        mediaType: 'application/problem+json',
        expected: 'application/json|text/csv',
        actual: 'application/problem+json',
      }),
    ]);
  });

  it('reports a new CSV column before the report parser refuses the header', async () => {
    const baseUrl = `${await telnyx([], (res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end('id,email,user_status,created_at,last_sign_in_at,groups,mfa\nu1,a@example.com,enabled,x,,,true\n');
      return true;
    })}/v2`;
    const { events, onDrift } = recorder();
    const client = createTelnyxClient({ ...fast, baseUrl, validate: 'report', onDrift });
    await expect(client.users.groupsReport({ format: 'csv' })).rejects.toBeInstanceOf(ReportFormatError);
    expect(events).toEqual([
      expect.objectContaining({
        mediaType: 'text/csv',
        kind: 'undocumented-property',
        path: '/*/mfa',
        actual: 'column',
      }),
    ]);
  });

  it('checks Flashback and OpenAI answers against their own specs', async () => {
    server = await startServer((_req, res, seen) => {
      if (seen.url.pathname === '/organization/users' && seen.headers.authorization?.includes('flash'))
        return json(res, 200, { success: true, data: [{ id: 'f1', email: 'a@example.com', orgRole: 3 }], total: 1 });
      json(res, 200, {
        object: 'list',
        data: [{ object: 'organization.user', id: 'u1', email: 'a@example.com', added_at: '2024-01-01' }],
        first_id: 'u1',
        last_id: 'u1',
        has_more: false,
      });
    });
    const flash = recorder();
    await createFlashbackClient({
      ...fast,
      apiKey: 'flash-key',
      baseUrl: server.url,
      validate: 'report',
      onDrift: flash.onDrift,
    }).organization.users.list();
    expect(flash.events).toEqual([
      expect.objectContaining({
        vendor: 'flashback',
        kind: 'unknown-enum-value',
        path: '/data/*/orgRole',
        actual: '3',
      }),
    ]);
    const open = recorder();
    await createOpenAIClient({ ...fast, baseUrl: server.url, validate: 'report', onDrift: open.onDrift })
      .users.list()
      .toArray();
    expect(open.events).toEqual([
      expect.objectContaining({
        vendor: 'openai',
        operationId: 'listUsers',
        kind: 'type-mismatch',
        path: '/data/*/added_at',
        expected: 'integer',
        actual: 'string',
      }),
    ]);
  });

  it('never puts the API key in an event, even when the server echoes it', async () => {
    const baseUrl = `${await telnyx([user(1, { user_status: FAKE_KEY, [FAKE_KEY]: 1 })])}/v2`;
    const { events, onDrift } = recorder();
    await createTelnyxClient({ ...fast, baseUrl, validate: 'report', onDrift })
      .users.list()
      .toArray();
    expect(events.map((e) => e.kind).sort()).toEqual(['undocumented-property', 'unknown-enum-value']);
    expect(JSON.stringify(events)).not.toContain(FAKE_KEY);
  });
});

describe("validate: 'strict'", () => {
  it('throws DriftError, an InvalidResponseError, listing the events; onDrift still hears them', async () => {
    const baseUrl = `${await telnyx(drifted)}/v2`;
    const { events, onDrift } = recorder();
    const client = createTelnyxClient({ ...fast, baseUrl, validate: 'strict', onDrift });
    const error = await client.users
      .list()
      .toArray()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DriftError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const drift = error as DriftError;
    expect(drift.events).toEqual(events);
    expect(drift.events.map((e) => e.kind)).toEqual(['unknown-enum-value', 'undocumented-property']);
    expect(drift.status).toBe(200);
    expect(drift.message).toContain('listOrganizationUsers: unknown-enum-value at /data/*/user_status');
    expect(JSON.stringify(drift)).not.toContain(FAKE_KEY);
  });

  it('returns a documented answer as usual, without onDrift', async () => {
    const baseUrl = `${await telnyx([user(1)])}/v2`;
    const users = await createTelnyxClient({ ...fast, baseUrl, validate: 'strict' })
      .users.list()
      .toArray();
    expect(users).toEqual([user(1)]);
  });
});

describe('validate options', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown mode', { validate: 'loud' }, /validate must be one of off, report, strict; got "loud"/],
    ['a mode of the wrong type', { validate: true }, /validate must be one of .*got boolean/],
    ['report without onDrift', { validate: 'report' }, /'report' needs an onDrift callback/],
    [
      'onDrift that is not a function',
      { validate: 'strict', onDrift: 'log' },
      /onDrift must be a function; got string/,
    ],
    ['onDrift with validation off', { onDrift: () => {} }, /onDrift is set but validate is 'off'/],
  ])('refuses %s with a ConfigurationError', (_title, options, message) => {
    const create = () => createTelnyxClient({ ...fast, ...(options as object) });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow(message);
  });
});
