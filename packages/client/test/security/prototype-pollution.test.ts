/**
 * Hostile keys in answers (`__proto__`, `constructor`, `prototype`) stay plain data: after every
 * operation parses them, in success bodies, error bodies and CSV, no object prototype has changed
 * and the returned records have the ordinary prototype.
 */

import { type Endpoint, type FakeVendors, startFakeVendors } from '@orgdir/fake-vendors';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectDirectory,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  ReportFormatError,
} from '../../src/index.js';
import { FAST, runs, TEST_TIMEOUT } from '../reliability/settings.js';
import { fast, startServer, type TestServer } from '../support/server.js';

/** JSON text in which hostile keys are real keys (JSON.parse makes them own properties). */
const POLLUTERS = [
  '"__proto__": {"polluted": "yes", "isAdmin": true}',
  '"constructor": {"prototype": {"polluted": "yes"}}',
  '"prototype": {"polluted": "yes"}',
];

function expectClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Array.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Function.prototype, 'polluted')).toBe(false);
}

/**
 * Every object record must have a harmless prototype and inherit no `polluted` or `isAdmin` (as its
 * own keys they are just data a server sent; garbage items may be primitives).
 */
function expectPlain(records: readonly unknown[]): void {
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const proto = Object.getPrototypeOf(record);
    expect(proto === Object.prototype || proto === Array.prototype || proto === null).toBe(true);
    for (const key of ['polluted', 'isAdmin']) {
      expect(key in record && !Object.hasOwn(record, key), `${key} inherited`).toBe(false);
    }
  }
}

/** A valid answer for `endpoint` with `hostile` spliced into the body, each user, and nested objects. */
function hostileBody(endpoint: Endpoint, hostile: string): string {
  const user = (id: string) =>
    `{${hostile}, "id": "${id}", "email": "${id}@example.com", "name": "N", "object": "organization.user", "role": "owner", "added_at": 1, "user_status": "enabled", "success": true, "groups": [{${hostile}, "name": "G", "id": "g1"}]}`;
  const users = `[${user('u1')}, ${user('u2')}]`;
  switch (endpoint) {
    case 'telnyx.users':
      return `{${hostile}, "data": ${users}, "meta": {${hostile}, "total_pages": 1, "page_number": 1, "page_size": 250}}`;
    case 'telnyx.report':
      return `{${hostile}, "data": ${users}}`;
    case 'flashback.users':
      return `{${hostile}, "success": true, "data": ${users}, "total": 2}`;
    default:
      return `{${hostile}, "object": "list", "data": ${users}, "has_more": false, "next": null}`;
  }
}

let server: FakeVendors | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  expectClean();
});

/** Serves `body(endpoint)` with `status` for every request. */
async function serve(
  status: number,
  body: (endpoint: Endpoint) => string,
  type = 'application/json',
): Promise<FakeVendors> {
  server = await startFakeVendors({
    users: [],
    plan: () => ({
      kind: 'respond',
      respond: (r) => ({ status, headers: { 'content-type': type }, body: body(r.endpoint) }),
    }),
  });
  return server;
}

/** Every operation, returning its records (or [] when it threw: error bodies are parsed too). */
async function everyOperation(s: FakeVendors): Promise<unknown[]> {
  const opts = { ...FAST, maxRetries: 0 };
  const telnyx = createTelnyxClient({ ...opts, baseUrl: s.baseUrl('telnyx') });
  const flashback = createFlashbackClient({ ...opts, baseUrl: s.baseUrl('flashback') });
  const openai = createOpenAIClient({ ...opts, baseUrl: s.baseUrl('openai') });
  const runs: Array<Promise<readonly unknown[]>> = [
    telnyx.users.list().toArray(),
    telnyx.users.groupsReport({ format: 'json' }),
    flashback.organization.users.list(),
    openai.users.list().toArray(),
    openai.groups.list().toArray(),
    openai.groups.users.list('g1').toArray(),
    collectDirectory({ clients: { telnyx, flashback, openai } }).then((d) => [
      ...d.users,
      ...d.users.map((u) => u.raw),
    ]),
  ];
  const settled = await Promise.allSettled(runs);
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [...r.value] : []));
}

/** Every polluter at once: each object of a body carries all three keys (any of them polluting fails `expectClean`). */
const HOSTILE = POLLUTERS.join(', ');

describe('JSON answers', () => {
  it('success bodies with `__proto__`, `constructor` and `prototype` keys everywhere', async () => {
    const records = await everyOperation(await serve(200, (endpoint) => hostileBody(endpoint, HOSTILE)));
    expect(records.length).toBeGreaterThan(0);
    expectPlain(records);
  });

  it('error bodies with `__proto__`, `constructor` and `prototype` keys everywhere', async () => {
    await everyOperation(
      await serve(
        400,
        () => `{${HOSTILE}, "error": {${HOSTILE}, "message": "m"}, "errors": [{${HOSTILE}, "detail": "d"}]}`,
      ),
    );
  });

  it(
    'property: hostile keys at random depths in random bodies, any status',
    async () => {
      const hostileKey = fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'polluted',
        'id',
        'data',
        'meta',
        'error',
      );
      const hostileJson = fc.letrec((tie) => ({
        value: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          fc.constant('"yes"'),
          fc.constant('true'),
          tie('object'),
          tie('array'),
        ),
        object: fc
          .uniqueArray(fc.tuple(hostileKey, tie('value')), { selector: ([k]) => k, maxLength: 4 })
          .map((entries) => `{${entries.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`),
        array: fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      })).object as fc.Arbitrary<string>;
      await fc.assert(
        fc.asyncProperty(hostileJson, fc.constantFrom(200, 400, 429, 500), async (body, status) => {
          const s = await serve(status, () => body);
          try {
            expectPlain(await everyOperation(s));
            expectClean();
          } finally {
            await s.close();
            server = undefined;
          }
        }),
        runs(15, 1_000),
      );
    },
    TEST_TIMEOUT,
  );
});

describe('CSV report', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'a `%s` column is a ReportFormatError, not a key',
    async (column) => {
      const s = await serve(
        200,
        () => `id,email,user_status,created_at,last_sign_in_at,${column}\r\nu1,a@b.c,enabled,,,x\r\n`,
        'text/csv',
      );
      const error = await createTelnyxClient({ ...FAST, baseUrl: s.baseUrl('telnyx') })
        .users.groupsReport({ format: 'csv' })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ReportFormatError);
    },
  );

  it('cells and group names spelled `__proto__` stay strings', async () => {
    const csv =
      'id,email,user_status,created_at,last_sign_in_at,groups\r\n__proto__,constructor@x.y,enabled,,,"__proto__, constructor, prototype"\r\n';
    const s = await serve(200, () => csv, 'text/csv');
    const rows = await createTelnyxClient({ ...FAST, baseUrl: s.baseUrl('telnyx') }).users.groupsReport({
      format: 'csv',
    });
    expectPlain(rows);
    expect(rows[0]?.id).toBe('__proto__');
    expect(rows[0]?.groups.map((g) => g.name)).toEqual(['__proto__', 'constructor', 'prototype']);
    expectPlain(rows[0]?.groups ?? []);
  });
});

describe('a JSON "__proto__" key in a plain answer', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('a JSON "__proto__" key stays data and pollutes no prototype', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        '{"success":true,"data":[{"id":"a","email":"a@x","__proto__":{"polluted":true,"orgRole":255}}],"total":1}',
      );
    });
    const client = createFlashbackClient({ ...fast, baseUrl: server.url });
    const [user] = await client.organization.users.list();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(user?.orgRoleName).toBeNull();
    expect((user as Record<string, unknown> | undefined)?.polluted).toBeUndefined();
  });
});
