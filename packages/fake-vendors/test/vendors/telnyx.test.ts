import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, seededTelnyxUser } from '../../src/seeded.js';
import {
  type FakeVendorsOptions,
  type FakeVendors as RunningServer,
  STRICT_PAGING,
  startFakeVendors,
} from '../../src/server.js';

const KEY = 'test-key';
const auth = { Authorization: `Bearer ${KEY}` };
let held: RunningServer;
let lazy: RunningServer;

beforeAll(async () => {
  // As the benchmarks serve it: Telnyx alone, at the root, with strict paging.
  const bench: Omit<FakeVendorsOptions, 'users'> = {
    apiKey: KEY,
    vendors: ['telnyx'],
    prefixes: { telnyx: '' },
    paging: STRICT_PAGING,
    cacheBodies: true,
  };
  held = await startFakeVendors({ ...bench, users: dataset(1_001, 7, seededTelnyxUser) });
  lazy = await startFakeVendors({ ...bench, users: { length: 1_001, at: (i) => seededTelnyxUser(7, i) } });
});
afterAll(async () => {
  await held.close();
  await lazy.close();
});

async function get(server: RunningServer, path: string, headers: Record<string, string> = auth) {
  const res = await fetch(server.baseUrl('telnyx') + path, { headers });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, json: () => JSON.parse(text) };
}

describe('GET /organizations/users', () => {
  it.each([
    { query: '', count: 250, meta: { page_number: 1, page_size: 250, total_pages: 5, total_results: 1001 } },
    {
      query: '?page[number]=5',
      count: 1,
      meta: { page_number: 5, page_size: 250, total_pages: 5, total_results: 1001 },
    },
    {
      query: '?page[number]=2&page[size]=25',
      count: 25,
      meta: { page_number: 2, page_size: 25, total_pages: 41, total_results: 1001 },
    },
    {
      query: '?page[number]=6',
      count: 0,
      meta: { page_number: 6, page_size: 250, total_pages: 5, total_results: 1001 },
    },
  ])('$query → $count users and real meta', async ({ query, count, meta }) => {
    const res = await get(held, `/organizations/users${query}`);
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.data).toHaveLength(count);
    expect(body.meta).toEqual(meta);
  });

  it.each([
    { query: '?page[size]=251', status: 400 },
    { query: '?page[size]=0', status: 400 },
    { query: '?page[number]=0', status: 400 },
    { query: '?page[number]=x', status: 400 },
  ])('$query → $status with the error envelope', async ({ query, status }) => {
    const res = await get(held, `/organizations/users${query}`);
    expect(res.status).toBe(status);
    expect(res.json().errors[0]).toHaveProperty('code');
  });

  it('answers 401 without the bearer key', async () => {
    expect((await get(held, '/organizations/users', {})).status).toBe(401);
  });

  it('sends groups only with include_groups=true', async () => {
    const without = (await get(held, '/organizations/users?page[size]=5')).json().data;
    const withGroups = (await get(held, '/organizations/users?page[size]=5&include_groups=true')).json().data;
    expect(without.every((u: object) => !('groups' in u))).toBe(true);
    expect(withGroups.every((u: { groups: unknown }) => Array.isArray(u.groups))).toBe(true);
  });

  it('filters by status and email', async () => {
    const body = (await get(held, '/organizations/users?filter[user_status]=blocked')).json();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((u: { user_status: string }) => u.user_status === 'blocked')).toBe(true);
    expect(body.meta.total_results).toBe(body.data.length);
    const one = (await get(held, '/organizations/users?filter[email]=.1000@')).json();
    expect(one.data).toHaveLength(1);
  });

  it('serves the same users whether it holds them or computes them per page', async () => {
    const path = '/organizations/users?page[number]=3&page[size]=100&include_groups=true';
    expect((await get(lazy, path)).json()).toEqual((await get(held, path)).json());
  });
});

describe('GET /organizations/users/users_groups_report', () => {
  it('answers CSV for Accept: text/csv, one row per user', async () => {
    const res = await get(held, '/organizations/users/users_groups_report', { ...auth, Accept: 'text/csv' });
    expect(res.type).toMatch(/^text\/csv/);
    const rows = parse(res.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1001);
    const json = (await get(held, '/organizations/users/users_groups_report')).json();
    expect(json.data).toHaveLength(1001);
    expect(rows.map((r) => r.groups)).toEqual(
      json.data.map((u: { groups: Array<{ name: string }> }) => u.groups.map((g) => g.name).join(', ')),
    );
  });
});
