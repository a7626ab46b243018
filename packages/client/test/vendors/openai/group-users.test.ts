import { afterEach, describe, expect, it } from 'vitest';
import { OrgdirError, PaginationError } from '../../../src/errors.js';
import { createOpenAIClient } from '../../../src/index.js';
import { fast, json, startServer, type TestServer } from '../../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves pages keyed by the `after` query parameter ('' for the first page). */
async function pagesByCursor(pages: Record<string, unknown>) {
  server = await startServer((_req, res, seen) => json(res, 200, pages[seen.url.searchParams.get('after') ?? '']));
  return createOpenAIClient({ ...fast, baseUrl: server.url });
}

describe('groups.users.list', () => {
  it('sends every documented parameter and follows `next`', async () => {
    const client = await pagesByCursor({
      start: {
        object: 'list',
        data: [{ object: 'organization.user', id: 'u1', name: 'A', email: 'a@x', role: 'owner', added_at: 1 }],
        has_more: true,
        next: 'cur2',
      },
      cur2: { object: 'list', data: [{ id: 'u2', name: 'B', email: 'b@x' }], has_more: false, next: null },
    });
    const users = await client.groups.users.list('group_1', { limit: 1, order: 'asc', after: 'start' }).toArray();
    // The second user has the newer GroupUser shape: no object, role or added_at.
    expect(users.map((u) => [u.id, u.role])).toEqual([
      ['u1', 'owner'],
      ['u2', undefined],
    ]);
    expect(server?.requests.map((r) => `${r.url.pathname}?${r.url.searchParams}`)).toEqual([
      '/organization/groups/group_1/users?limit=1&order=asc&after=start',
      '/organization/groups/group_1/users?limit=1&order=asc&after=cur2',
    ]);
  });

  it('uses the last id as the cursor when `next` is absent', async () => {
    const client = await pagesByCursor({
      '': { object: 'list', data: [{ id: 'u1', name: 'A', email: 'a@x' }], has_more: true },
      u1: { object: 'list', data: [{ id: 'u2', name: 'B', email: 'b@x' }], has_more: false },
    });
    expect((await client.groups.users.list('g').toArray()).map((u) => u.id)).toEqual(['u1', 'u2']);
  });

  it('a repeated cursor is a PaginationError, not an endless loop', async () => {
    const client = await pagesByCursor({
      '': { object: 'list', data: [{ id: 'u1', name: 'A', email: 'a@x' }], has_more: true, next: 'same' },
      same: { object: 'list', data: [{ id: 'u2', name: 'B', email: 'b@x' }], has_more: true, next: 'same' },
    });
    await expect(client.groups.users.list('g').toArray()).rejects.toBeInstanceOf(PaginationError);
    expect(server?.requests).toHaveLength(2);
  });

  it.each([
    ['../x', '/organization/groups/..%2Fx/users'],
    ['a/b', '/organization/groups/a%2Fb/users'],
    ['a?b#c', '/organization/groups/a%3Fb%23c/users'],
    ['grp 1', '/organization/groups/grp%201/users'],
  ])('sends group id %j as one path segment', async (groupId, path) => {
    const client = await pagesByCursor({ '': { object: 'list', data: [], has_more: false, next: null } });
    await client.groups.users.list(groupId).toArray();
    expect(server?.requests[0]?.url.pathname).toBe(path);
  });

  it.each(['', '.', '..'])('refuses group id %j, which no encoding keeps in its segment', (groupId) => {
    const client = createOpenAIClient({ ...fast, baseUrl: 'http://127.0.0.1:9' });
    expect(() => client.groups.users.list(groupId)).toThrow(OrgdirError);
  });
});
