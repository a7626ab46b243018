import { afterEach, describe, expect, it } from 'vitest';
import { createFlashbackClient } from '../../../src/index.js';
import { flashbackRoleName } from '../../../src/vendors/flashback/organization-users.js';
import { fast, json, startServer, type TestServer } from '../../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('flashbackRoleName', () => {
  it.each([
    [0, 'USER'],
    [1, 'BILLING'],
    [2, 'WORKSPACES'],
    [0xfe, 'ADMINISTRATOR'],
    [0xff, 'OWNER'],
    [3, null],
    [null, null],
    [undefined, null],
    ['254', null],
  ])('%j → %j', (code, name) => {
    expect(flashbackRoleName(code)).toBe(name);
  });
});

describe('organization.users.list', () => {
  it('returns the users with orgRole decoded, from GET /organization/users', async () => {
    const users = [
      { id: 'a', email: 'a@example.com', orgRole: 0xfe, validated: true, deletedAt: null },
      { id: 'b', email: 'b@example.com', orgRole: null },
    ];
    server = await startServer((_req, res) => json(res, 200, { success: true, data: users, total: 2 }));
    const client = createFlashbackClient({ ...fast, baseUrl: server.url });
    expect(await client.organization.users.list()).toEqual([
      { ...users[0], orgRoleName: 'ADMINISTRATOR' },
      { ...users[1], orgRoleName: null },
    ]);
    expect(server.requests[0]?.url.pathname).toBe('/organization/users');
    expect(server.requests[0]?.method).toBe('GET');
  });
});
