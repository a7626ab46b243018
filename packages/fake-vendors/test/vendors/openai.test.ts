import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, seededOpenAIUser } from '../../src/seeded.js';
import { type FakeVendors as RunningServer, STRICT_PAGING, startFakeVendors } from '../../src/server.js';

const KEY = 'test-key';
const GROUP = 'group_test';
let server: RunningServer;

beforeAll(async () => {
  // As the benchmarks serve it: OpenAI alone, at the root, one group, with strict paging.
  server = await startFakeVendors({
    apiKey: KEY,
    vendors: ['openai'],
    prefixes: { openai: '' },
    paging: STRICT_PAGING,
    users: dataset(250, 11, (seed, i) => seededOpenAIUser(seed, i, GROUP)),
    groups: [{ id: GROUP, name: GROUP }],
  });
});
afterAll(() => server.close());

interface Body {
  object: string;
  data: Array<Record<string, unknown> & { id: string }>;
  has_more: boolean;
  next: string | null;
}

async function get(query: string, headers: Record<string, string> = { Authorization: `Bearer ${KEY}` }) {
  const res = await fetch(`${server.baseUrl('openai')}/organization/groups/${GROUP}/users${query}`, { headers });
  return { status: res.status, body: (await res.json()) as Body };
}

async function walk(order: string): Promise<string[]> {
  const ids: string[] = [];
  let after = '';
  for (;;) {
    const { body } = await get(`?limit=100&order=${order}${after && `&after=${after}`}`);
    ids.push(...body.data.map((u) => u.id));
    if (!body.has_more) {
      expect(body.next).toBeNull();
      return ids;
    }
    expect(body.next).toBe(ids.at(-1));
    after = body.next ?? '';
  }
}

describe('GET /organization/groups/{id}/users', () => {
  it('pages every user exactly once by following next, in both orders', async () => {
    const desc = await walk('desc');
    const asc = await walk('asc');
    expect(desc).toHaveLength(250);
    expect(new Set(desc).size).toBe(250);
    expect(asc).toEqual([...desc].reverse());
  });

  it('defaults to 100 users, newest first, in the documented shape', async () => {
    const { body } = await get('');
    expect(body).toMatchObject({ object: 'list', has_more: true });
    expect(body.data).toHaveLength(100);
    expect(Object.keys(body.data[0] ?? {}).sort()).toEqual(['added_at', 'email', 'id', 'name', 'object', 'role']);
  });

  it.each([
    { query: '?limit=1001', status: 400 },
    { query: '?order=sideways', status: 400 },
    { query: '?after=user_nobody', status: 400 },
  ])('$query → $status', async ({ query, status }) => {
    expect((await get(query)).status).toBe(status);
  });

  it('answers 401 without the admin key and 404 for another group', async () => {
    expect((await get('', {})).status).toBe(401);
    const res = await fetch(`${server.baseUrl('openai')}/organization/groups/other/users`, {
      headers: { Authorization: `Bearer ${KEY}` },
    });
    expect(res.status).toBe(404);
  });
});
