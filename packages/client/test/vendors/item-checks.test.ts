import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidResponseError, type Vendor } from '../../src/errors.js';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient } from '../../src/index.js';
import { FAKE_KEY, fast, json, startServer, type TestServer } from '../support/server.js';

/** The item the server puts second in every listing's `data`. */
let hostile: unknown;
let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res, seen) => {
    const data = [{ id: 'good', email: 'good@x', name: 'Good' }, hostile];
    const path = seen.url.pathname;
    if (path === '/organizations/users')
      return json(res, 200, { data, meta: { total_pages: 1, page_number: 1, page_size: 250, total_results: 2 } });
    if (path === '/organizations/users/users_groups_report') return json(res, 200, { data });
    if (path === '/flashback/organization/users') return json(res, 200, { success: true, data, total: 2 });
    json(res, 200, { object: 'list', data, has_more: false, next: null });
  });
});
afterAll(() => server.close());

/** Every listing of every vendor, by operationId, as the client runs it. */
const operations: Array<[Vendor, string, () => Promise<unknown>]> = [
  ['telnyx', 'listOrganizationUsers', () => telnyx().users.list().toArray()],
  [
    'telnyx',
    'listOrganizationUsers',
    async () => {
      for await (const _ of telnyx().users.list());
    },
  ],
  ['telnyx', 'getOrganizationUsersGroupsReport', () => telnyx().users.groupsReport({ format: 'json' })],
  [
    'flashback',
    'listOrganizationUsers',
    () => createFlashbackClient({ ...fast, baseUrl: `${server.url}/flashback` }).organization.users.list(),
  ],
  ['openai', 'listUsers', () => openai().users.list().toArray()],
  ['openai', 'listGroups', () => openai().groups.list().toArray()],
  ['openai', 'listGroupUsers', () => openai().groups.users.list('g1').toArray()],
];
const telnyx = () => createTelnyxClient({ ...fast, baseUrl: server.url });
const openai = () => createOpenAIClient({ ...fast, baseUrl: server.url });

const hostileItems: Array<[string, unknown]> = [
  ['null', null],
  ['a number', 42],
  ['a string', 'x'],
  ['the API key as a string', FAKE_KEY],
  ['an array', ['good']],
  ['an object without an id', { email: 'a@x' }],
  ['an object whose id is a number', { id: 7, email: 'a@x' }],
  ['an object whose id is null', { id: null }],
  ['an object whose id is an object', { id: { toString: 'x' } }],
];

describe.each(operations)('%s %s', (vendor, operationId, list) => {
  it.each(hostileItems)(
    'an item that is %s is an InvalidResponseError naming vendor, operation and index',
    async (_name, item) => {
      hostile = item;
      const error = await list().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ vendor });
      const message = (error as Error).message;
      expect(message).toContain(`${vendor}: ${operationId}: item 1 `);
      expect(message).not.toContain(FAKE_KEY);
    },
  );

  it('items that are objects with a string id are data', async () => {
    hostile = { id: 'also-good', email: 'b@x', name: 'B' };
    // Rejects, and so fails this test, if a well-formed item were refused.
    await list();
  });
});
