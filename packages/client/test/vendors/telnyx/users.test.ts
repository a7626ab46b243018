import { afterEach, describe, expect, it } from 'vitest';
import { InvalidResponseError, PaginationError, ReportFormatError } from '../../../src/errors.js';
import { createTelnyxClient } from '../../../src/index.js';
import { delay, fast, json, startServer, type TestServer } from '../../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const user = (n: number) => ({
  id: `user-${n}`,
  record_type: n === 1 ? 'organization_owner' : 'organization_sub_user',
  email: `u${n}@example.com`,
  user_status: 'enabled',
  created_at: '2024-01-01T00:00:00Z',
  last_sign_in_at: null,
});

interface Listing {
  totalPages: number;
  pageSize: number;
  /** Client options for the paging levels. */
  levels?: { concurrency?: number; maxConcurrency?: number };
  /** Called before answering; return true when the handler answered itself. */
  before?: (page: number, res: import('node:http').ServerResponse, attempt: number) => boolean | Promise<boolean>;
}

/** A fake `GET /organizations/users` serving `totalPages` pages of `pageSize` users. */
async function telnyxListing(listing: Listing) {
  const attempts = new Map<number, number>();
  server = await startServer(async (_req, res, seen) => {
    if (seen.url.pathname !== '/v2/organizations/users')
      return json(res, 404, { errors: [{ code: '10005', title: 'Not found' }] });
    const page = Number(seen.url.searchParams.get('page[number]') ?? '1');
    const attempt = (attempts.get(page) ?? 0) + 1;
    attempts.set(page, attempt);
    if (await listing.before?.(page, res, attempt)) return;
    const first = (page - 1) * listing.pageSize + 1;
    json(res, 200, {
      data: Array.from({ length: listing.pageSize }, (_, i) => user(first + i)),
      meta: {
        total_pages: listing.totalPages,
        total_results: listing.totalPages * listing.pageSize,
        page_number: page,
        page_size: listing.pageSize,
      },
    });
  });
  return createTelnyxClient({ ...fast, ...listing.levels, baseUrl: `${server.url}/v2` });
}

describe('users.list', () => {
  it('yields every user of a 100-page listing exactly once, in order, with bounded concurrency', async () => {
    const client = await telnyxListing({
      totalPages: 100,
      pageSize: 3,
      levels: { concurrency: 4, maxConcurrency: 4 },
      before: async (page) => {
        await delay(page % 3); // pages finish out of order
        return false;
      },
    });
    const ids: string[] = [];
    for await (const u of client.users.list({ pageSize: 3 })) ids.push(u.id ?? 'missing');
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => `user-${i + 1}`));
    expect(server?.requests).toHaveLength(100);
    expect(server?.maxInFlight()).toBeLessThanOrEqual(4);
  });

  it('sends every documented parameter', async () => {
    const client = await telnyxListing({ totalPages: 1, pageSize: 25 });
    await client.users
      .list({ filter: { user_status: 'blocked', email: 'acme' }, includeGroups: true, pageSize: 25 })
      .toArray();
    expect(Object.fromEntries(server?.requests[0]?.url.searchParams ?? [])).toEqual({
      'page[number]': '1',
      'page[size]': '25',
      'filter[user_status]': 'blocked',
      'filter[email]': 'acme',
      include_groups: 'true',
    });
  });

  it('pages() yields the page bodies with their meta', async () => {
    const client = await telnyxListing({ totalPages: 2, pageSize: 2 });
    const metas = [];
    for await (const page of client.users.list().pages()) metas.push(page.body.meta?.page_number);
    expect(metas).toEqual([1, 2]);
  });

  it('halves the concurrency after a 429', async () => {
    const withoutRateLimit = async () => {
      const client = await telnyxListing({
        totalPages: 30,
        pageSize: 1,
        levels: { concurrency: 4, maxConcurrency: 4 },
        before: async () => {
          await delay(5);
          return false;
        },
      });
      const ids = (await client.users.list().toArray()).map((u) => u.id);
      expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `user-${i + 1}`));
      const max = server?.maxInFlight() ?? 0;
      await server?.close();
      server = undefined;
      return max;
    };
    // Without a 429 the pager reaches its fixed level of 4; after one it halves to 2 and climbs back
    // only to 3 (one below the level the 429 came at), so pages from 10 on (long after the requests
    // started before the 429 have finished) never see 4 requests in flight.
    expect(await withoutRateLimit()).toBe(4);
    const perWindow = await (async () => {
      let current = 0;
      let maxLate = 0;
      const client = await telnyxListing({
        totalPages: 30,
        pageSize: 1,
        levels: { concurrency: 4, maxConcurrency: 4 },
        before: async (page, res, attempt) => {
          if (page === 2 && attempt === 1) {
            json(res, 429, {}, { 'retry-after': '0' });
            return true;
          }
          current++;
          if (page >= 10) maxLate = Math.max(maxLate, current);
          await delay(5);
          current--;
          return false;
        },
      });
      await client.users.list().toArray();
      return maxLate;
    })();
    expect(perWindow).toBeLessThanOrEqual(3);
  });

  it.each([
    [
      'x-ratelimit-remaining at a tenth of x-ratelimit-limit',
      { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '10' },
    ],
    [
      'x-ratelimit-remaining below the requests in flight',
      { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '1' },
    ],
    ['a Retry-After on a 200', { 'retry-after': '0' }],
  ])('slows down to one request in flight while %s', async (_name, headers) => {
    let current = 0;
    let maxLate = 0;
    const client = await telnyxListing({
      totalPages: 30,
      pageSize: 1,
      before: async (page, res) => {
        current++;
        if (page >= 10) maxLate = Math.max(maxLate, current);
        await delay(5);
        current--;
        const first = page;
        json(
          res,
          200,
          {
            data: [user(first)],
            meta: { total_pages: 30, total_results: 30, page_number: page, page_size: 1 },
          },
          page >= 2 ? headers : {},
        );
        return true;
      },
    });
    const ids = (await client.users.list().toArray()).map((u) => u.id);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `user-${i + 1}`));
    // Halved once per window (4 → 2 → 1) and never grown again while every answer says so.
    expect(maxLate).toBe(1);
  });

  it('grows past its starting concurrency with the default options, up to maxConcurrency', async () => {
    const run = async (levels: Listing['levels']) => {
      const client = await telnyxListing({
        totalPages: 120,
        pageSize: 1,
        ...(levels && { levels }),
        before: async () => {
          await delay(2);
          return false;
        },
      });
      expect(await client.users.list().toArray()).toHaveLength(120);
      const max = server?.maxInFlight() ?? 0;
      await server?.close();
      server = undefined;
      return max;
    };
    const grown = await run(undefined);
    expect(grown).toBeGreaterThan(4);
    expect(grown).toBeLessThanOrEqual(16);
    expect(await run({ concurrency: 2, maxConcurrency: 6 })).toBeLessThanOrEqual(6);
  });

  it('cancels requests in flight when the consumer breaks', async () => {
    const client = await telnyxListing({
      totalPages: 20,
      pageSize: 2,
      before: (page) => page >= 3, // pages 3+ never answer
    });
    const pending = () => server?.requests.filter((r) => Number(r.url.searchParams.get('page[number]')) >= 3) ?? [];
    for await (const u of client.users.list()) {
      if (u.id !== 'user-3') continue;
      // Let pages 3, 4 and 5 reach the server, so there is something in flight to cancel.
      for (let i = 0; i < 100 && pending().length < 3; i++) await delay(5);
      break;
    }
    for (let i = 0; i < 100 && !pending().every((r) => r.aborted); i++) await delay(5);
    expect(pending().length).toBeGreaterThan(0);
    expect(pending().every((r) => r.aborted)).toBe(true);
  });

  it.each([
    ['repeats the ids of an earlier page', { page_number: 2, repeat: true }, PaginationError],
    ['contradicts the requested page number', { page_number: 1, repeat: false }, PaginationError],
  ])('a page that %s is a PaginationError', async (_name, twist, Err) => {
    const client = await telnyxListing({
      totalPages: 3,
      pageSize: 2,
      before: (page, res) => {
        if (page !== 2) return false;
        const data = twist.repeat ? [user(1), user(2)] : [user(3), user(4)];
        json(res, 200, { data, meta: { total_pages: 3, page_number: twist.page_number } });
        return true;
      },
    });
    await expect(client.users.list().toArray()).rejects.toBeInstanceOf(Err);
  });

  it('a first page cut shorter than the size asked for is a PaginationError, not a silently shorter list', async () => {
    const client = await telnyxListing({
      totalPages: 1,
      pageSize: 6,
      before: (page, res) => {
        // 2 users, asked 6 per page, served 1 per page: page 2 at size 6 would be empty.
        json(res, 200, {
          data: page === 1 ? [user(1)] : [],
          meta: { total_pages: page === 1 ? 2 : 1, page_number: page, page_size: page === 1 ? 1 : 6 },
        });
        return true;
      },
    });
    await expect(client.users.list({ pageSize: 6 }).toArray()).rejects.toBeInstanceOf(PaginationError);
  });

  it.each([
    ['is not JSON', '{"data": [', InvalidResponseError],
    ['is JSON of another shape', '{"data": "none", "meta": {"total_pages": 4}}', InvalidResponseError],
  ] as const)(
    'a later page whose body %s ends the listing with a typed error after the users before it',
    async (_name, body, Err) => {
      const client = await telnyxListing({
        totalPages: 4,
        pageSize: 2,
        before: (page, res) => {
          if (page !== 3) return false;
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
          return true;
        },
      });
      const got: string[] = [];
      const error = await (async () => {
        for await (const u of client.users.list()) got.push(String(u.id));
      })().catch((e: unknown) => e);
      expect(got).toEqual(['user-1', 'user-2', 'user-3', 'user-4']);
      expect(error).toBeInstanceOf(Err);
      expect(String((error as Error).message)).not.toContain('sk-orgdir');
    },
  );

  it('a page without meta.total_pages is an InvalidResponseError, not a silent partial list', async () => {
    const client = await telnyxListing({
      totalPages: 1,
      pageSize: 1,
      before: (_page, res) => {
        json(res, 200, { data: [user(1)] });
        return true;
      },
    });
    await expect(client.users.list().toArray()).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('users.groupsReport', () => {
  const rowsJson = {
    data: [
      { ...user(1), last_sign_in_at: '2024-02-01T00:00:00Z', groups: [{ id: 'g1', name: 'Eng, Core' }] },
      { ...user(2), groups: [] },
    ],
  };

  async function report(answer: (accept: string | undefined, res: import('node:http').ServerResponse) => void) {
    server = await startServer((req, res) => answer(req.headers.accept, res));
    return createTelnyxClient({ ...fast, baseUrl: server.url });
  }

  const csv = (text: string) => (_accept: string | undefined, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
    res.end(text);
  };

  it('json: sends Accept application/json and returns the rows', async () => {
    const client = await report((_a, res) => json(res, 200, rowsJson));
    expect(await client.users.groupsReport()).toEqual(rowsJson.data);
    expect(server?.requests[0]?.headers.accept).toBe('application/json');
    expect(server?.requests[0]?.url.pathname).toBe('/organizations/users/users_groups_report');
  });

  it('csv: sends Accept text/csv and parses quoted commas, quotes and newlines into the same rows', async () => {
    const client = await report(
      csv(
        'id,email,user_status,created_at,last_sign_in_at,groups\r\n' +
          'user-1,u1@example.com,enabled,2024-01-01T00:00:00Z,2024-02-01T00:00:00Z,"Engineering, ""Core"" Team, Sales\nEMEA"\r\n' +
          'user-2,u2@example.com,disabled,2024-01-01T00:00:00Z,,\r\n',
      ),
    );
    expect(await client.users.groupsReport({ format: 'csv' })).toEqual([
      {
        id: 'user-1',
        email: 'u1@example.com',
        user_status: 'enabled',
        created_at: '2024-01-01T00:00:00Z',
        last_sign_in_at: '2024-02-01T00:00:00Z',
        groups: [{ name: 'Engineering' }, { name: '"Core" Team' }, { name: 'Sales\nEMEA' }],
      },
      {
        id: 'user-2',
        email: 'u2@example.com',
        user_status: 'disabled',
        created_at: '2024-01-01T00:00:00Z',
        last_sign_in_at: null,
        groups: [],
      },
    ]);
    expect(server?.requests[0]?.headers.accept).toBe('text/csv');
  });

  it('csv: a header that does not match is a ReportFormatError naming the columns', async () => {
    const client = await report(csv('id,email,status,created_at,last_sign_in_at,groups\r\nx,y,z,a,b,c\r\n'));
    const error = await client.users.groupsReport({ format: 'csv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportFormatError);
    expect((error as ReportFormatError).actual).toContain('status');
    expect((error as Error).message).toMatch(/expected "id,email,user_status,.*got "id,email,status/);
  });

  it('csv: a JSON answer where CSV was asked is an InvalidResponseError', async () => {
    const client = await report((_a, res) => json(res, 200, rowsJson));
    await expect(client.users.groupsReport({ format: 'csv' })).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
