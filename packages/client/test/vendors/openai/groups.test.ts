import { afterEach, expect, it } from 'vitest';
import { createOpenAIClient } from '../../../src/index.js';
import { fast, json, startServer, type TestServer } from '../../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const group = (id: string) => ({ id, name: `Group ${id}`, created_at: 1711471533, is_scim_managed: false });

it('groups.list: sends every documented parameter and pages by `next`', async () => {
  server = await startServer((_req, res, seen) =>
    json(
      res,
      200,
      seen.url.searchParams.get('after') === 'n1'
        ? { object: 'list', data: [group('g2')], has_more: false, next: null }
        : { object: 'list', data: [group('g1')], has_more: true, next: 'n1' },
    ),
  );
  const client = createOpenAIClient({ ...fast, baseUrl: server.url });
  expect((await client.groups.list({ limit: 1, order: 'desc' }).toArray()).map((g) => g.id)).toEqual(['g1', 'g2']);
  expect(server.requests.map((r) => `${r.url.pathname}?${r.url.searchParams}`)).toEqual([
    '/organization/groups?limit=1&order=desc',
    '/organization/groups?limit=1&order=desc&after=n1',
  ]);
});
