/**
 * The fault server is only as good as its faults: each one, checked with plain fetch.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendors, type Fault, makeUsers, reportCsv, startFakeVendors } from '../src/index.js';

/** How long a poll may wait for the server to see a client arrive or hang up (a hang guard). */
const POLL = { timeout: 10_000 };

let server: FakeVendors | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(fault?: Fault, users = 10): Promise<FakeVendors> {
  server = await startFakeVendors({ users: makeUsers(users), plan: () => fault });
  return server;
}

/** The fields these tests read from a listing body. */
interface Listing {
  data: Array<{ id: string }>;
  meta: Record<string, unknown>;
  next?: string | null;
}

async function listing(url: string): Promise<Listing> {
  return (await (await fetch(url)).json()) as Listing;
}

const telnyxPage = (s: FakeVendors, page: number, size = 3) =>
  `${s.baseUrl('telnyx')}/organizations/users?page%5Bnumber%5D=${page}&page%5Bsize%5D=${size}`;

describe('documented answers', () => {
  it('telnyx pages by number and size, with meta', async () => {
    const s = await start();
    const body = await listing(telnyxPage(s, 4));
    expect(body.data.map((u: { id: string }) => u.id)).toEqual(['user_00009']);
    expect(body.meta).toEqual({ total_pages: 4, total_results: 10, page_number: 4, page_size: 3 });
  });

  it('openai pages by cursor: `after`, `limit`, `has_more`, `next` (groups) or last id (users)', async () => {
    const s = await start();
    const first = await listing(`${s.baseUrl('openai')}/organization/groups/g/users?limit=4`);
    expect(first).toMatchObject({ has_more: true, next: 'cur_user_00003' });
    const last = await listing(`${s.baseUrl('openai')}/organization/groups/g/users?limit=8&after=${first.next}`);
    expect(last.data.map((u: { id: string }) => u.id)).toEqual([
      'user_00004',
      'user_00005',
      'user_00006',
      'user_00007',
      'user_00008',
      'user_00009',
    ]);
    expect(last).toMatchObject({ has_more: false, next: null });
    const users = await listing(`${s.baseUrl('openai')}/organization/users?limit=4`);
    expect(users).toMatchObject({ has_more: true, last_id: 'user_00003' });
    expect(users).not.toHaveProperty('next');
  });

  it('flashback answers every user at once; the telnyx report comes as JSON or CSV', async () => {
    const s = await start(undefined, 3);
    expect(await listing(`${s.baseUrl('flashback')}/organization/users`)).toMatchObject({
      success: true,
      total: 3,
    });
    const csv = await fetch(`${s.baseUrl('telnyx')}/organizations/users/users_groups_report`, {
      headers: { accept: 'text/csv' },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe(reportCsv(makeUsers(3)));
  });

  it('records every request with its page and attempt, and refuses a wrong key when given one', async () => {
    server = await startFakeVendors({ users: makeUsers(3), apiKey: 'right' });
    const auth = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
    expect((await fetch(telnyxPage(server, 2, 1), auth('wrong'))).status).toBe(401);
    expect((await fetch(telnyxPage(server, 2, 1), auth('right'))).status).toBe(200);
    expect(server.requests.map((r) => [r.endpoint, r.page, r.attempt])).toEqual([
      ['telnyx.users', 2, 0],
      ['telnyx.users', 2, 1],
    ]);
  });
});

describe('faults', () => {
  it.each([
    { retryAfter: { seconds: 3 }, check: (v: string) => expect(v).toBe('3') },
    {
      retryAfter: { dateOffsetMs: 5_000 },
      // Five seconds after the server's clock read, which lies between `sent` and `received`;
      // an HTTP date drops the milliseconds.
      check: (v: string, sent: number, received: number) => {
        expect(Date.parse(v)).toBeGreaterThan(sent + 4_000);
        expect(Date.parse(v)).toBeLessThanOrEqual(received + 5_000);
      },
    },
  ])('429 with Retry-After $retryAfter', async ({ retryAfter, check }) => {
    const s = await start({ kind: 'status', status: 429, retryAfter });
    const sent = Date.now();
    const response = await fetch(telnyxPage(s, 1));
    const received = Date.now();
    expect(response.status).toBe(429);
    check(response.headers.get('retry-after') ?? '', sent, received);
    expect(await response.json()).toHaveProperty('errors');
  });

  it('reset: the request fails without an answer', async () => {
    const s = await start({ kind: 'reset' });
    await expect(fetch(telnyxPage(s, 1))).rejects.toThrow();
  });

  it('truncated: headers arrive, the body fails half way', async () => {
    const s = await start({ kind: 'truncated' });
    const response = await fetch(telnyxPage(s, 1));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it.each(['stall', 'stall-body'] as const)('%s: nothing (more) arrives until the client gives up', async (kind) => {
    const s = await start({ kind });
    const pending = fetch(telnyxPage(s, 1), { signal: AbortSignal.timeout(100) }).then((r) => r.text());
    await expect(pending).rejects.toThrow();
    await expect.poll(() => s.inFlight, POLL).toBe(0);
  });

  it('close() ends stalled requests too', async () => {
    const s = await start({ kind: 'stall' });
    const pending = fetch(telnyxPage(s, 1));
    await expect.poll(() => s.inFlight, POLL).toBe(1);
    await s.close();
    server = undefined;
    await expect(pending).rejects.toThrow();
  });

  it('non-json: a 200 application/json whose body does not parse', async () => {
    const s = await start({ kind: 'non-json' });
    const response = await fetch(telnyxPage(s, 1));
    expect(response.headers.get('content-type')).toBe('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('wrong-content-type: the documented body as text/html', async () => {
    const s = await start({ kind: 'wrong-content-type' });
    const response = await fetch(telnyxPage(s, 1));
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(JSON.parse(await response.text())).toHaveProperty('meta');
  });

  it('repeat: telnyx page 2 holds page 1’s users; an openai cursor page points back at its own cursor', async () => {
    const s = await start({ kind: 'repeat' });
    const page2 = await listing(telnyxPage(s, 2));
    expect(page2.data.map((u: { id: string }) => u.id)).toEqual(['user_00000', 'user_00001', 'user_00002']);
    expect(page2.meta.page_number).toBe(2);
    const again = await (
      await fetch(`${s.baseUrl('openai')}/organization/groups/g/users?limit=2&after=user_00003`)
    ).json();
    expect(again).toMatchObject({ has_more: true, next: 'user_00003' });
  });

  it('resize: the page is cut at another size and its meta says so', async () => {
    const s = await start({ kind: 'resize', pageSize: 4 });
    const page = await listing(telnyxPage(s, 2));
    expect(page.data.map((u: { id: string }) => u.id)).toEqual([
      'user_00004',
      'user_00005',
      'user_00006',
      'user_00007',
    ]);
    expect(page.meta).toMatchObject({ page_size: 4, total_pages: 3 });
  });

  it('unsuccessful: flashback success:false in a 200', async () => {
    const s = await start({ kind: 'unsuccessful' });
    const response = await fetch(`${s.baseUrl('flashback')}/organization/users`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ success: false });
  });

  it('huge: the promised number of bytes, with or without Content-Length', async () => {
    const s = await start({ kind: 'huge', bytes: 300_000, declareLength: false });
    const response = await fetch(telnyxPage(s, 1));
    expect(response.headers.get('content-length')).toBeNull();
    expect((await response.arrayBuffer()).byteLength).toBe(300_000);
  });

  it.each([
    [3, ['inserted_0', 'inserted_1', 'inserted_2'], 13],
    [-2, ['user_00005', 'user_00006', 'user_00007'], 8],
  ])('shift by %i: users added or removed at the front for good, so later pages shift', async (by, page2, total) => {
    server = await startFakeVendors({
      users: makeUsers(10),
      plan: ({ page }) => (page === 2 ? { kind: 'shift', by } : undefined),
    });
    const s = server;
    const shifted = await listing(telnyxPage(s, 2));
    if (by > 0) expect(shifted.data.map((u) => u.id)).toEqual(['user_00000', 'user_00001', 'user_00002']);
    else expect(shifted.data.map((u) => u.id)).toEqual(page2);
    expect(shifted.meta.total_results).toBe(total);
    expect(s.expectedIds('telnyx.users')).toHaveLength(total);
    if (by > 0) expect(s.expectedIds('telnyx.users').slice(0, 3)).toEqual(page2);
  });

  it('overlap: the page starts early, repeating the end of the page before (both styles)', async () => {
    const s = await start({ kind: 'overlap', by: 2 });
    expect((await listing(telnyxPage(s, 2))).data.map((u) => u.id)).toEqual(['user_00001', 'user_00002', 'user_00003']);
    const cursor = await listing(`${s.baseUrl('openai')}/organization/users?limit=3&after=user_00004`);
    expect(cursor.data.map((u) => u.id)).toEqual(['user_00003', 'user_00004', 'user_00005']);
  });

  it.each([
    [{ field: 'total_pages' as const, value: '1e999' }, '"total_pages":1e999'],
    [{ field: 'total_results' as const, value: 1 }, '"total_results":11'],
    [{ field: 'page_number' as const, value: '"NaN"' }, '"page_number":"NaN"'],
  ])('meta %j: the field is bent in the raw body', async (meta, text) => {
    const s = await start({ kind: 'meta', ...meta });
    expect(await (await fetch(telnyxPage(s, 1))).text()).toContain(text);
  });

  it('empty: no items and has_more, with a new cursor to the same place each time (none for users)', async () => {
    const s = await start({ kind: 'empty' });
    const first = await listing(`${s.baseUrl('openai')}/organization/groups/g/users?limit=2&after=cur_user_00003`);
    expect(first).toMatchObject({ data: [], has_more: true, next: 'empty1_cur_user_00003' });
    s.setPlan(undefined);
    const resumed = await listing(`${s.baseUrl('openai')}/organization/groups/g/users?limit=2&after=${first.next}`);
    expect(resumed.data.map((u) => u.id)).toEqual(['user_00004', 'user_00005']);
    s.setPlan(() => ({ kind: 'empty' }));
    expect(await listing(`${s.baseUrl('openai')}/organization/users?limit=2`)).toMatchObject({
      data: [],
      has_more: true,
      last_id: null,
    });
  });

  it('bad-item: one item of a listing or JSON answer is replaced', async () => {
    const s = await start({ kind: 'bad-item', item: null, at: 4 });
    expect((await listing(telnyxPage(s, 1))).data).toEqual([expect.anything(), null, expect.anything()]);
    expect((await listing(`${s.baseUrl('flashback')}/organization/users`)).data[4]).toBeNull();
  });
});
