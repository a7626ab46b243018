import { afterEach, describe, expect, it } from 'vitest';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient } from '../src/create-client.js';
import { collectDirectory, mapFlashbackUser, mapOpenAIUser, mapTelnyxUser } from '../src/directory.js';
import { PermissionDeniedError } from '../src/errors.js';
import type { FlashbackUser } from '../src/vendors/flashback/organization-users.js';
import type { OpenAIUser } from '../src/vendors/openai/users.js';
import type { TelnyxUser } from '../src/vendors/telnyx/users.js';
import { fast, json, startServer, type TestServer } from './helpers/server.js';

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
      status: 'active',
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
  let servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  const serve = async (handler: Parameters<typeof startServer>[0]) => {
    const s = await startServer(handler);
    servers.push(s);
    return s.url;
  };

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
      ['openai', 'u1', 'active', 'owner', ['Alpha']],
      ['openai', 'u2', 'active', 'reader', ['Alpha', 'Beta']],
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
});
