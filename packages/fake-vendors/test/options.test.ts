/**
 * The options that shape the fake beyond faults: prefixes, per-vendor keys, vendors served, exact
 * records, filters, group membership, latency, request ids, cached bodies, drift and redirects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendors, startFakeVendors } from '../src/server.js';
import { makeUsers } from '../src/store.js';
import type { FakeUser } from '../src/types.js';

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
