/**
 * The options that shape the fake beyond faults: prefixes, per-vendor keys, vendors served, exact
 * records, filters, group membership, latency, request ids, cached bodies, an in-flight limit,
 * drift and redirects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendors, startFakeVendors } from '../src/server.js';
import { makeUsers } from '../src/store.js';
import type { FakeUser, FakeVendor } from '../src/types.js';

let fake: FakeVendors | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function getJson(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const ids = (body: Record<string, unknown>) => (body.data as Array<{ id: string }>).map((u) => u.id);

describe('routing', () => {
  it('serves each vendor under its prefix and records the path after it', async () => {
    fake = await startFakeVendors({
      users: makeUsers(2),
      prefixes: { telnyx: '/t', flashback: '/f', openai: '/o' },
    });
    expect(fake.baseUrl('flashback')).toBe(`${fake.url}/f`);
    expect((await getJson(`${fake.baseUrl('flashback')}/organization/users`)).body.total).toBe(2);
    expect((await getJson(`${fake.baseUrl('openai')}/organization/users`)).body.object).toBe('list');
    expect((await getJson(`${fake.baseUrl('telnyx')}/organizations/users`)).status).toBe(200);
    expect(fake.requests.map((r) => [r.vendor, r.path])).toEqual([
      ['flashback', '/organization/users'],
      ['openai', '/organization/users'],
      ['telnyx', '/organizations/users'],
    ]);
  });

  it('answers 404 for a vendor it does not serve', async () => {
    fake = await startFakeVendors({ users: makeUsers(2), vendors: ['telnyx'] });
    expect((await getJson(`${fake.url}/v1/organization/users`)).status).toBe(404);
    expect((await getJson(`${fake.baseUrl('telnyx')}/organizations/users`)).status).toBe(200);
  });
});

describe('keys', () => {
  it('checks one key per vendor', async () => {
    fake = await startFakeVendors({ users: makeUsers(1), apiKey: { telnyx: 'tk', openai: 'ok' } });
    const url = `${fake.baseUrl('telnyx')}/organizations/users`;
    expect((await getJson(url, { authorization: 'Bearer tk' })).status).toBe(200);
    expect((await getJson(url, { authorization: 'Bearer ok' })).status).toBe(401);
    // No key set for Flashback: any caller is served.
    expect((await getJson(`${fake.baseUrl('flashback')}/organization/users`)).status).toBe(200);
  });
});

describe('the store', () => {
  const users: FakeUser[] = [
    { id: 'a', email: 'a@example.com', name: 'A', groups: ['G'], vendors: ['telnyx'] },
    {
      id: 'b',
      email: 'b@example.com',
      name: 'B',
      groups: [],
      fields: { telnyx: { user_status: 'disabled', extra: undefined } },
      records: { flashback: { id: 'b', exact: true } },
    },
  ];

  it('renders each user only at its vendors, with its fields laid over or its exact record', async () => {
    fake = await startFakeVendors({ users });
    const telnyx = await getJson(`${fake.baseUrl('telnyx')}/organizations/users`);
    expect(ids(telnyx.body)).toEqual(['a', 'b']);
    expect((telnyx.body.data as Array<Record<string, unknown>>)[1]).toMatchObject({ user_status: 'disabled' });
    expect((telnyx.body.data as Array<Record<string, unknown>>)[1]).not.toHaveProperty('extra');
    const flashback = await getJson(`${fake.baseUrl('flashback')}/organization/users`);
    expect(flashback.body.data).toEqual([{ id: 'b', exact: true }]);
  });

  it('filters Telnyx users by status and e-mail, with meta counting the matches', async () => {
    fake = await startFakeVendors({ users });
    const url = `${fake.baseUrl('telnyx')}/organizations/users`;
    const disabled = await getJson(`${url}?filter%5Buser_status%5D=disabled`);
    expect(ids(disabled.body)).toEqual(['b']);
    expect(disabled.body.meta).toMatchObject({ total_results: 1, total_pages: 1 });
    expect(ids((await getJson(`${url}?filter%5Bemail%5D=a%40`)).body)).toEqual(['a']);
  });

  it('lists only a group’s members with groupMembers: members, and 404s an unknown group', async () => {
    fake = await startFakeVendors({
      users: makeUsers(6),
      paging: { openai: { groupMembers: 'members', cursor: 'id', max: 2 } },
    });
    const [group] = fake.expectedIds('openai.groups');
    const seen: string[] = [];
    let after = '';
    for (let i = 0; i < 10; i++) {
      const page = await getJson(
        `${fake.baseUrl('openai')}/organization/groups/${group}/users${after && `?after=${after}`}`,
      );
      seen.push(...ids(page.body));
      if (!page.body.has_more) break;
      expect(page.body.next).toBe(seen.at(-1));
      after = String(page.body.next);
    }
    // makeUsers puts users 1, 2, 3 and 5 in "Group 0".
    expect(seen).toEqual(['user_00001', 'user_00002', 'user_00003', 'user_00005']);
    expect((await getJson(`${fake.baseUrl('openai')}/organization/groups/nope/users`)).status).toBe(404);
  });
});

describe('answers', () => {
  it('sends a request id with every answer when asked', async () => {
    fake = await startFakeVendors({ users: makeUsers(1), requestIds: true, latencyMs: 5 });
    const first = await getJson(`${fake.baseUrl('flashback')}/organization/users`);
    const second = await getJson(`${fake.baseUrl('flashback')}/organization/users`);
    expect(first.headers.get('x-request-id')).toMatch(/^req_/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('reuses cached bodies until the users change', async () => {
    let shift = false;
    fake = await startFakeVendors({
      users: makeUsers(3),
      cacheBodies: true,
      plan: () => (shift ? { kind: 'shift', by: -1 } : undefined),
    });
    const url = `${fake.baseUrl('flashback')}/organization/users`;
    expect(ids((await getJson(url)).body)).toHaveLength(3);
    expect(ids((await getJson(url)).body)).toHaveLength(3);
    shift = true;
    expect(ids((await getJson(url)).body)).toHaveLength(2);
    shift = false;
    expect(ids((await getJson(url)).body)).toHaveLength(2);
  });

  it('drift lays undocumented fields and unknown enum values over every item', async () => {
    fake = await startFakeVendors({
      users: makeUsers(2),
      plan: () => ({ kind: 'drift', fields: { user_status: 'suspended', surprise: 1 } }),
    });
    const { body } = await getJson(`${fake.baseUrl('telnyx')}/organizations/users`);
    for (const item of body.data as Array<Record<string, unknown>>)
      expect(item).toMatchObject({ user_status: 'suspended', surprise: 1 });
  });

  it('redirects to the given location', async () => {
    fake = await startFakeVendors({
      users: makeUsers(1),
      plan: () => ({ kind: 'redirect', status: 307, location: '/elsewhere' }),
    });
    const res = await fetch(`${fake.baseUrl('flashback')}/organization/users`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/elsewhere');
  });

  it('echoes the Authorization header into an error envelope when asked', async () => {
    fake = await startFakeVendors({
      users: makeUsers(1),
      plan: () => ({ kind: 'status', status: 401, echoAuthorization: true }),
    });
    const { status, body } = await getJson(`${fake.baseUrl('openai')}/organization/users`, {
      authorization: 'Bearer k',
    });
    expect(status).toBe(401);
    expect(body).toEqual({ error: { message: 'Bad header: Bearer k', type: 'fault', code: 'fault_401' } });
  });
});

describe('in-flight limit', () => {
  /** How long a poll may wait for the server to see a client arrive or hang up (a hang guard). */
  const POLL = { timeout: 10_000 };
  /** Page 1 or 2 of each vendor's user listing (Flashback has one page: it ignores the query). */
  const listing = (vendor: FakeVendor, page: 1 | 2): string =>
    ({
      telnyx: `/organizations/users?page%5Bnumber%5D=${page}&page%5Bsize%5D=1`,
      openai: `/organization/users?limit=1${page === 2 ? '&after=user_00001' : ''}`,
      flashback: '/organization/users',
    })[vendor];

  it.each([
    {
      vendor: 'telnyx',
      envelope: { errors: [{ code: '10011', title: 'Too many requests', detail: 'Too many requests in flight' }] },
    },
    {
      vendor: 'openai',
      envelope: { error: { message: 'Too many requests in flight', type: 'fault', code: 'fault_429' } },
    },
  ] as const)(
    '$vendor: a request beyond the limit gets 429 in the vendor envelope; one within it, 200',
    async ({ vendor, envelope }) => {
      // Page 1 stalls, so its requests stay in flight until the client hangs up.
      fake = await startFakeVendors({
        users: makeUsers(3),
        maxInFlight: 2,
        plan: ({ page }) => (page === 1 ? { kind: 'stall' } : undefined),
      });
      const url = (page: 1 | 2) => `${fake?.baseUrl(vendor)}${listing(vendor, page)}`;
      const hangUp = new AbortController();
      const stalled = [1, 2].map(() => fetch(url(1), { signal: hangUp.signal }));
      const page2 = url(2);
      try {
        await expect.poll(() => fake?.inFlight, POLL).toBe(2);
        const limited = await getJson(page2);
        expect(limited.status).toBe(429);
        expect(limited.body).toEqual(envelope);
        expect(fake.requests.at(-1)).toMatchObject({ fault: 'status' });
      } finally {
        hangUp.abort();
        await Promise.allSettled(stalled);
      }
      // The stalled requests are gone: the count went down, and the same request is served.
      await expect.poll(() => fake?.inFlight, POLL).toBe(0);
      expect((await getJson(page2)).status).toBe(200);
    },
  );

  it('counts each answer out once it completes: requests one after another never hit a limit of 1', async () => {
    fake = await startFakeVendors({ users: makeUsers(5), maxInFlight: 1, latencyMs: 1 });
    for (const vendor of ['telnyx', 'openai', 'flashback'] as const)
      for (const page of [1, 2, 1] as const)
        expect((await getJson(`${fake.baseUrl(vendor)}${listing(vendor, page)}`)).status).toBe(200);
    expect(fake.requests.map((r) => r.fault)).toEqual(Array(9).fill('ok'));
  });

  it('answers 429 to every request arriving with the limit reached, across vendors, and counts them in flight', async () => {
    fake = await startFakeVendors({
      users: makeUsers(3),
      maxInFlight: 1,
      plan: ({ endpoint }) => (endpoint === 'flashback.users' ? { kind: 'stall' } : undefined),
    });
    const hangUp = new AbortController();
    const stalled = fetch(`${fake.baseUrl('flashback')}/organization/users`, { signal: hangUp.signal });
    try {
      await expect.poll(() => fake?.inFlight, POLL).toBe(1);
      const answers = await Promise.all(
        (['telnyx', 'openai', 'telnyx'] as const).map((v) => getJson(`${fake?.baseUrl(v)}${listing(v, 1)}`)),
      );
      expect(answers.map((a) => a.status)).toEqual([429, 429, 429]);
    } finally {
      hangUp.abort();
      await Promise.allSettled([stalled]);
    }
    await expect.poll(() => fake?.inFlight, POLL).toBe(0);
  });

  it('a limit of 0 answers every request 429', async () => {
    fake = await startFakeVendors({ users: makeUsers(1), maxInFlight: 0 });
    expect((await getJson(`${fake.baseUrl('telnyx')}/organizations/users`)).status).toBe(429);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses maxInFlight %s, naming it', async (maxInFlight) => {
    await expect(startFakeVendors({ users: makeUsers(1), maxInFlight })).rejects.toThrow(
      new RangeError(`maxInFlight must be a whole number ≥ 0, got ${maxInFlight}`),
    );
  });
});
