import { afterEach, describe, expect, it } from 'vitest';
import { collectDirectory, listVendorUsers, matchesFilter } from '../src/directory.js';
import { IncompleteListingError, InvalidResponseError, PermissionDeniedError } from '../src/errors.js';
import {
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  mapFlashbackUser,
  mapOpenAIUser,
  mapTelnyxUser,
} from '../src/index.js';
import type { FlashbackUser } from '../src/vendors/flashback/organization-users.js';
import type { OpenAIUser } from '../src/vendors/openai/users.js';
import type { TelnyxUser } from '../src/vendors/telnyx/users.js';
import { fast, type Handler, json, startServer, type TestServer } from './support/server.js';

/** Starts test servers for a describe block, closes them after each test, and returns their URLs. */
function serveEach(): (handler: Handler) => Promise<string> {
  let servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  return async (handler) => {
    const s = await startServer(handler);
    servers.push(s);
    return s.url;
  };
}

describe('mapTelnyxUser', () => {
  const base = {
    id: 't1',
    email: 't1@x',
    record_type: 'organization_sub_user',
    user_status: 'enabled',
    created_at: '2024-01-01',
  } as const;
  it.each([
    [{}, { status: 'active', role: 'member', groups: [] }],
    [{ user_status: 'disabled' }, { status: 'disabled' }],
    [{ user_status: 'blocked' }, { status: 'blocked' }],
    [{ user_status: 'suspended' }, { status: 'unknown' }],
    [{ record_type: 'organization_owner' }, { role: 'owner' }],
    [{ groups: [{ id: 'g', name: 'Eng' }] }, { groups: ['Eng'] }],
    [{ last_sign_in_at: '2024-02-02' }, { lastSignInAt: '2024-02-02', createdAt: '2024-01-01' }],
  ])('%j → %j', (patch, expected) => {
    const raw = { ...base, ...patch } as TelnyxUser;
    expect(mapTelnyxUser(raw)).toMatchObject({ vendor: 'telnyx', id: 't1', email: 't1@x', raw, ...expected });
  });

  it.each([
    [{ id: undefined }, 'missing id'],
    [{ email: '' }, 'missing email'],
  ])('%j is unmapped: %s', (patch, reason) => {
    expect(mapTelnyxUser({ ...base, ...patch } as TelnyxUser)).toEqual({ unmapped: reason });
  });
});

describe('mapFlashbackUser', () => {
  const base = {
    id: 'f1',
    email: 'f1@x',
    name: 'Ada',
    lastName: 'L',
    orgRoleName: 'WORKSPACES',
    validated: true,
    deletedAt: null,
  } as const;
  it.each([
    [{}, { status: 'active', role: 'workspaces', name: 'Ada L', groups: [] }],
    [{ deletedAt: '2024-01-01T00:00:00Z' }, { status: 'deleted' }],
    [{ deletedAt: '2024-01-01T00:00:00Z', validated: false }, { status: 'deleted' }],
    [{ validated: false }, { status: 'unvalidated' }],
    [{ validated: undefined }, { status: 'unknown' }],
    [{ validated: 'yes' }, { status: 'unknown' }],
    [{ orgRoleName: 'ADMINISTRATOR' }, { role: 'administrator' }],
  ])('%j → %j', (patch, expected) => {
    expect(mapFlashbackUser({ ...base, ...patch } as FlashbackUser)).toMatchObject({
      vendor: 'flashback',
      id: 'f1',
      ...expected,
    });
  });

  it('omits the role for an unknown code and the name when there is none', () => {
    const mapped = mapFlashbackUser({ id: 'f', email: 'f@x', orgRoleName: null } as FlashbackUser);
    expect(mapped).not.toHaveProperty('role');
    expect(mapped).not.toHaveProperty('name');
  });
});

describe('mapOpenAIUser', () => {
  it('keeps the role and groups and converts added_at to ISO', () => {
    const raw = {
      object: 'organization.user',
      id: 'o1',
      email: 'o@x',
      name: 'O',
      role: 'owner',
      added_at: 1711471533,
    } as OpenAIUser;
    expect(mapOpenAIUser(raw, ['A'])).toEqual({
      vendor: 'openai',
      id: 'o1',
      email: 'o@x',
      name: 'O',
      // The API has no status field: an explicit unknown, never a guess of active.
      status: 'unknown',
      role: 'owner',
      groups: ['A'],
      createdAt: '2024-03-26T16:45:33.000Z',
      raw,
    });
  });

  it('a null email is unmapped', () => {
    expect(mapOpenAIUser({ id: 'o', email: null, added_at: 1 } as OpenAIUser, [])).toEqual({
      unmapped: 'missing email',
    });
  });
});

describe('collectDirectory', () => {
  const serve = serveEach();

  it('merges every vendor, reports unmapped users, walks OpenAI groups, and marks a failing vendor failed', async () => {
    const telnyxUrl = await serve((_req, res, seen) => {
      expect(seen.url.searchParams.get('include_groups')).toBe('true');
      json(res, 200, {
        data: [
          {
            id: 't1',
            email: 't1@x',
            record_type: 'organization_owner',
            user_status: 'enabled',
            groups: [{ id: 'g', name: 'Ops' }],
          },
          { id: 't2', record_type: 'organization_sub_user', user_status: 'blocked' },
        ],
        meta: { total_pages: 1, page_number: 1 },
      });
    });
    const flashbackUrl = await serve((_req, res) => json(res, 403, { success: false, data: [], total: 0 }));
    const openaiUrl = await serve((_req, res, seen) => {
      const p = seen.url.pathname;
      if (p === '/organization/users') {
        return json(res, 200, {
          object: 'list',
          data: [
            { object: 'organization.user', id: 'u1', email: 'u1@x', name: 'U1', role: 'owner', added_at: 0 },
            { object: 'organization.user', id: 'u2', email: 'u2@x', name: 'U2', role: 'reader', added_at: 0 },
          ],
          has_more: false,
        });
      }
      if (p === '/organization/groups') {
        return json(res, 200, {
          object: 'list',
          data: [
            { id: 'gA', name: 'Alpha', created_at: 0, is_scim_managed: false },
            { id: 'gB', name: 'Beta', created_at: 0, is_scim_managed: false },
          ],
          has_more: false,
          next: null,
        });
      }
      const members =
        { '/organization/groups/gA/users': ['u1', 'u2'], '/organization/groups/gB/users': ['u2'] }[p] ?? [];
      json(res, 200, {
        object: 'list',
        data: members.map((id) => ({ id, name: id, email: `${id}@x` })),
        has_more: false,
        next: null,
      });
    });

    const progress: Array<[string, number]> = [];
    const directory = await collectDirectory({
      clients: {
        telnyx: createTelnyxClient({ ...fast, baseUrl: telnyxUrl }),
        flashback: createFlashbackClient({ ...fast, baseUrl: flashbackUrl }),
        openai: createOpenAIClient({ ...fast, baseUrl: openaiUrl }),
      },
      onProgress: (e) => progress.push([e.vendor, e.users]),
    });

    expect(directory.users.map((u) => [u.vendor, u.id, u.status, u.role, u.groups])).toEqual([
      ['telnyx', 't1', 'active', 'owner', ['Ops']],
      ['openai', 'u1', 'unknown', 'owner', ['Alpha']],
      ['openai', 'u2', 'unknown', 'reader', ['Alpha', 'Beta']],
    ]);
    const [telnyx, flashback, openai] = directory.vendors;
    expect(telnyx).toMatchObject({ vendor: 'telnyx', status: 'ok', users: 1 });
    expect(telnyx?.unmapped).toEqual([
      { raw: expect.objectContaining({ id: 't2' }), reason: 'missing email', index: 1 },
    ]);
    expect(flashback).toMatchObject({ vendor: 'flashback', status: 'failed', users: 0, unmapped: [] });
    expect(flashback?.error).toBeInstanceOf(PermissionDeniedError);
    expect(openai).toMatchObject({ vendor: 'openai', status: 'ok', users: 2, unmapped: [] });
    expect(progress).toEqual(
      expect.arrayContaining([
        ['telnyx', 2],
        ['openai', 2],
      ]),
    );
  });

  it('a vendor whose listing fails midway contributes no users at all', async () => {
    const url = await serve((_req, res, seen) => {
      const page = Number(seen.url.searchParams.get('page[number]'));
      if (page === 2) return json(res, 500, { errors: [{ title: 'boom' }] });
      json(res, 200, { data: [{ id: `t${page}`, email: 'x@x' }], meta: { total_pages: 3, page_number: page } });
    });
    const directory = await collectDirectory({
      clients: { telnyx: createTelnyxClient({ ...fast, maxRetries: 0, baseUrl: url }) },
    });
    expect(directory.users).toEqual([]);
    expect(directory.vendors[0]).toMatchObject({ status: 'failed', users: 0 });
  });

  it('a caller abort rejects the whole call', async () => {
    const url = await serve(() => {}); // never answers
    const controller = new AbortController();
    const pending = collectDirectory({
      clients: { telnyx: createTelnyxClient({ ...fast, baseUrl: url }) },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('an OpenAI group member missing from the user listing still appears, or is unmapped with the reason', async () => {
    const url = await serve((_req, res, seen) => {
      const list = (data: unknown[]) => json(res, 200, { object: 'list', data, has_more: false, next: null });
      const p = seen.url.pathname;
      if (p === '/organization/users')
        return list([{ object: 'organization.user', id: 'u1', email: 'u1@x', role: 'owner', added_at: 0 }]);
      if (p === '/organization/groups')
        return list([
          { id: 'gA', name: 'Alpha', created_at: 0, is_scim_managed: false },
          { id: 'gB', name: 'Beta', created_at: 0, is_scim_managed: false },
        ]);
      if (p === '/organization/groups/gA/users')
        return list([
          { id: 'u1', name: 'U1', email: 'u1@x' },
          { id: 'ghost', name: 'Ghost', email: 'ghost@x' },
          { id: 'nameless' },
        ]);
      return list([{ id: 'ghost', name: 'Ghost', email: 'ghost@x' }]);
    });
    const directory = await collectDirectory({ clients: { openai: createOpenAIClient({ ...fast, baseUrl: url }) } });
    expect(directory.users.map((u) => [u.id, u.status, u.groups])).toEqual([
      ['u1', 'unknown', ['Alpha']],
      ['ghost', 'unknown', ['Alpha', 'Beta']],
    ]);
    expect(directory.vendors[0]).toMatchObject({ status: 'ok', users: 2 });
    expect(directory.vendors[0]?.unmapped).toEqual([
      { index: 2, raw: { id: 'nameless' }, reason: 'group member not in the user listing: missing email' },
    ]);
  });

  it('a Flashback success:false answer marks the vendor failed, never ok with no users', async () => {
    const url = await serve((_req, res) => json(res, 200, { success: false, data: [], total: 0 }));
    const directory = await collectDirectory({
      clients: { flashback: createFlashbackClient({ ...fast, baseUrl: url }) },
    });
    expect(directory.vendors[0]).toMatchObject({ vendor: 'flashback', status: 'failed', users: 0 });
    expect(directory.vendors[0]?.error).toBeInstanceOf(InvalidResponseError);
  });

  /** A Telnyx listing of 3 users at page size 2 whose second page repeats a user while `shifting()` says so. */
  const shiftingTelnyx = (shifting: (pass: number) => boolean) => {
    let pass = 0;
    return serve((_req, res, seen) => {
      const page = Number(seen.url.searchParams.get('page[number]'));
      if (page === 1) pass++;
      const users = ['t1', 't2', 't3'].map((id) => ({ id, email: `${id}@x`, user_status: 'enabled' }));
      const data = page === 1 ? users.slice(0, 2) : shifting(pass) ? users.slice(1, 3) : users.slice(2);
      json(res, 200, { data, meta: { total_pages: 2, total_results: 3, page_number: page, page_size: 2 } });
    });
  };

  it('lists a vendor again when its listing changed while paging, and keeps the consistent pass', async () => {
    const url = await shiftingTelnyx((pass) => pass === 1);
    const directory = await collectDirectory({ clients: { telnyx: createTelnyxClient({ ...fast, baseUrl: url }) } });
    expect(directory.users.map((u) => u.id)).toEqual(['t1', 't2', 't3']);
    expect(directory.vendors[0]).toMatchObject({ status: 'ok', users: 3 });
  });

  it('marks a vendor failed with IncompleteListingError when no pass is consistent', async () => {
    const url = await shiftingTelnyx(() => true);
    const directory = await collectDirectory({
      clients: { telnyx: createTelnyxClient({ ...fast, baseUrl: url, maxRelists: 1 }) },
    });
    expect(directory.users).toEqual([]);
    expect(directory.vendors[0]).toMatchObject({ status: 'failed', users: 0 });
    expect(directory.vendors[0]?.error).toBeInstanceOf(IncompleteListingError);
    expect(directory.vendors[0]?.error).toMatchObject({ passes: 2, duplicates: 1 });
  });
});

describe('listVendorUsers', () => {
  const serve = serveEach();
  const telnyxPage = (data: unknown[]) => ({ data, meta: { total_pages: 1, page_number: 1, page_size: 250 } });

  it('sends the filters the vendor supports and applies every filter to the mapped users', async () => {
    const queries: URLSearchParams[] = [];
    const baseUrl = await serve((_req, res, seen) => {
      queries.push(seen.url.searchParams);
      json(
        res,
        200,
        telnyxPage([
          { id: 't1', email: 'ada@x', user_status: 'disabled' },
          { id: 't2', email: 'bob@x', user_status: 'disabled' },
          { id: 't3', email: 'ADA@y', user_status: 'enabled' },
          { id: 't4', user_status: 'disabled' },
        ]),
      );
    });
    const client = createTelnyxClient({ ...fast, baseUrl });
    const { users, unmapped } = await listVendorUsers('telnyx', client, {
      filter: { status: 'disabled', email: 'Ada' },
    });
    expect(queries[0]?.get('filter[user_status]')).toBe('disabled');
    expect(queries[0]?.get('filter[email]')).toBe('Ada');
    expect(users.map((u) => u.id)).toEqual(['t1']);
    expect(unmapped).toEqual([expect.objectContaining({ reason: 'missing email', index: 3 })]);
  });

  it('filters locally on a status the vendor cannot filter on, sending no status', async () => {
    const queries: URLSearchParams[] = [];
    const baseUrl = await serve((_req, res, seen) => {
      queries.push(seen.url.searchParams);
      json(
        res,
        200,
        telnyxPage([
          { id: 't1', email: 'a@x', user_status: 'enabled' },
          { id: 't2', email: 'b@x', user_status: 'suspended' },
        ]),
      );
    });
    const client = createTelnyxClient({ ...fast, baseUrl });
    const { users } = await listVendorUsers('telnyx', client, { filter: { status: 'unknown' } });
    expect(queries[0]?.has('filter[user_status]')).toBe(false);
    expect(users.map((u) => u.id)).toEqual(['t2']);
  });

  it('with a filter, lists users without walking every group; filtered by group, that group only', async () => {
    const paths: string[] = [];
    const baseUrl = await serve((_req, res, seen) => {
      paths.push(seen.url.pathname);
      const list = (data: unknown[]) => json(res, 200, { object: 'list', data, has_more: false });
      if (seen.url.pathname.endsWith('/groups')) return list([{ id: 'g1', name: 'Eng', object: 'group' }]);
      if (seen.url.pathname.endsWith('/groups/g1/users'))
        return list([{ id: 'u2', email: 'b@x', object: 'organization.user' }]);
      return list([{ id: 'u1', email: 'a@x', object: 'organization.user' }]);
    });
    const client = createOpenAIClient({ ...fast, baseUrl });
    const plain = await listVendorUsers('openai', client, { filter: {} });
    expect(plain.users.map((u) => [u.id, u.groups])).toEqual([['u1', []]]);
    expect(paths.some((p) => p.includes('/groups'))).toBe(false);
    const members = await listVendorUsers('openai', client, { filter: { group: 'g1' } });
    expect(members.users.map((u) => [u.id, u.groups])).toEqual([['u2', ['Eng']]]);
  });
});

describe('matchesFilter', () => {
  const user = { vendor: 'telnyx', id: '1', email: 'Ada@Example.com', status: 'active', groups: [], raw: {} } as const;
  it.each([
    [{}, true],
    [{ status: 'active' }, true],
    [{ status: 'disabled' }, false],
    [{ email: 'ada@example' }, true],
    [{ email: 'EXAMPLE.COM' }, true],
    [{ email: 'bob' }, false],
    [{ status: 'active', email: 'bob' }, false],
  ] as const)('%j → %s', (filter, expected) => {
    expect(matchesFilter({ ...user, groups: [] }, filter)).toBe(expected);
  });
});
