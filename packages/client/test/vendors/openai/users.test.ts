import { afterEach, expect, it } from 'vitest';
import { createOpenAIClient } from '../../../src/index.js';
import { fast, json, startServer, type TestServer } from '../../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const member = (id: string) => ({
  object: 'organization.user',
  id,
  name: id,
  email: `${id}@x`,
  role: 'reader',
  added_at: 1,
});

it('users.list: sends every documented parameter and pages by the last id (the response has no `next`)', async () => {
  server = await startServer((_req, res, seen) =>
    json(
      res,
      200,
      seen.url.searchParams.get('after') === 'u2'
        ? { object: 'list', data: [member('u3')], first_id: 'u3', last_id: 'u3', has_more: false }
        : { object: 'list', data: [member('u1'), member('u2')], first_id: 'u1', last_id: 'u2', has_more: true },
    ),
  );
  const client = createOpenAIClient({ ...fast, baseUrl: server.url });
  const users = await client.users.list({ limit: 2, emails: ['a@x', 'b@x'] }).toArray();
  expect(users.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  expect(server.requests.map((r) => `${r.url.pathname}?${r.url.searchParams}`)).toEqual([
    '/organization/users?limit=2&emails=a%40x&emails=b%40x',
    '/organization/users?limit=2&emails=a%40x&emails=b%40x&after=u2',
  ]);
});
