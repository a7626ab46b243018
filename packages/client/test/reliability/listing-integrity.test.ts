/**
 * Exactly once, against the fault server: listings whose data changes while paging (users added
 * or removed, pages shifted), an id on two pages, hostile paging meta, empty pages, bad items.
 * Each id comes at most once; `toArray` returns the server's users from a consistent pass, and
 * `for await` ends with IncompleteListingError when what it handed out may be incomplete.
 */

import { type Fault, type FaultPlan, type MetaField, makeUsers, startFakeVendors } from '@orgdir/fake-vendors';
import { describe, expect, it } from 'vitest';
import {
  createOpenAIClient,
  createTelnyxClient,
  IncompleteListingError,
  InvalidResponseError,
  PaginationError,
} from '../../src/index.js';
import { FAST } from './settings.js';

/** The first request of page `page` gets `fault`; every other request is answered as documented. */
const once =
  (page: number, fault: Fault): FaultPlan =>
  (context) =>
    context.page === page && context.attempt === 0 ? fault : undefined;

/** Runs `body` against a fault server of `users` users with `plan` (given its base URLs and its users' ids at the time), and closes it. */
async function serve(
  users: number,
  plan: FaultPlan,
  body: (baseUrl: (vendor: 'telnyx' | 'openai') => string, ids: () => string[]) => Promise<void>,
): Promise<void> {
  const server = await startFakeVendors({ users: makeUsers(users), plan });
  try {
    await body(
      (vendor) => server.baseUrl(vendor),
      () => server.expectedIds('telnyx.users'),
    );
  } finally {
    await server.close();
  }
}

/** Every id a `for await` hands out, and what it threw at the end. */
async function drain(iterable: AsyncIterable<{ id?: unknown }>): Promise<{ ids: string[]; error: unknown }> {
  const ids: string[] = [];
  try {
    for await (const item of iterable) ids.push(String(item.id));
  } catch (error) {
    return { ids, error };
  }
  return { ids, error: undefined };
}

describe('telnyx users.list: users added or removed while paging', () => {
  const cases: Array<[string, number, number]> = [];
  for (const by of [1, 2, -1, -2])
    for (const page of [2, 3, 4])
      cases.push([`${by > 0 ? 'added' : 'removed'} ${Math.abs(by)} before page ${page}`, by, page]);

  it.each(cases)('%s: toArray returns exactly the users the server ends with', async (_name, by, page) => {
    await serve(10, once(page, { kind: 'shift', by }), async (baseUrl, ids) => {
      const client = createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx'), concurrency: 1 });
      const users = await client.users.list({ pageSize: 3 }).toArray();
      expect(users.map((u) => u.id)).toEqual(ids());
    });
  });

  it.each(cases)('%s: for await hands out each id once, then IncompleteListingError', async (_name, by, page) => {
    await serve(10, once(page, { kind: 'shift', by }), async (baseUrl) => {
      const client = createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx'), concurrency: 1 });
      const { ids, error } = await drain(client.users.list({ pageSize: 3 }));
      expect(new Set(ids).size).toBe(ids.length);
      expect(error).toBeInstanceOf(IncompleteListingError);
      expect((error as IncompleteListingError).pages.length).toBeGreaterThan(0);
    });
  });

  it('with the data changing on every pass, toArray fails after maxRelists more passes, never returning a list', async () => {
    await serve(
      10,
      ({ page }) => (page === 2 ? { kind: 'shift', by: 1 } : undefined),
      async (baseUrl) => {
        const client = createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx'), maxRelists: 2 });
        const error = await client.users
          .list({ pageSize: 3 })
          .toArray()
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(IncompleteListingError);
        expect(error).toMatchObject({ passes: 3 });
      },
    );
  });
});

describe('telnyx users.list: an id on two pages', () => {
  it.each([1, 2])('page 3 starting %i early: toArray lists again and returns every user once', async (by) => {
    await serve(10, once(3, { kind: 'overlap', by }), async (baseUrl, ids) => {
      const client = createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx') });
      expect((await client.users.list({ pageSize: 3 }).toArray()).map((u) => u.id)).toEqual(ids());
      const { ids: handed, error } = await drain(
        createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx') }).users.list({ pageSize: 3 }),
      );
      // The plan's fault was spent by the first listing: this one is clean.
      expect(handed).toEqual(ids());
      expect(error).toBeUndefined();
    });
  });
});

describe('telnyx users.list: hostile paging meta', () => {
  const cases: Array<[MetaField, string | number, number]> = [
    ['total_pages', '2.5', 1],
    ['total_pages', '0', 1],
    ['total_pages', '-1', 1],
    ['total_pages', '1e999', 1],
    ['total_pages', '"NaN"', 1],
    ['total_pages', 'null', 1],
    ['total_pages', 1_000_000, 1],
    ['total_pages', '2.5', 2],
    ['page_number', '1.5', 2],
    ['page_size', '0', 1],
    ['total_results', '-1', 1],
    ['total_results', '1e999', 2],
    ['total_results', 1, 1],
  ];
  it.each(cases)(
    '%s %s on page %i: a typed error at once, no endless paging, no short list',
    async (field, value, page) => {
      await serve(
        10,
        ({ page: p }) => (p === page ? { kind: 'meta', field, value } : undefined),
        async (baseUrl) => {
          const client = createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx'), maxRetries: 0 });
          const error = await client.users
            .list({ pageSize: 3 })
            .toArray()
            .catch((e: unknown) => e);
          expect(
            [PaginationError, InvalidResponseError].some((type) => error instanceof type),
            String(error),
          ).toBe(true);
        },
      );
    },
  );

  it('total_results one more than the users listed: the listing is inconsistent, not complete', async () => {
    const plan: FaultPlan = ({ page }) => (page === 1 ? undefined : { kind: 'meta', field: 'total_results', value: 1 });
    await serve(10, plan, async (baseUrl) => {
      // total_results 11 on pages 2–4 against 10 users (4 pages of 3 either way): it moved, and the count is off.
      const client = createTelnyxClient({ ...FAST, baseUrl: baseUrl('telnyx') });
      const { ids, error } = await drain(client.users.list({ pageSize: 3 }));
      expect(ids).toHaveLength(10);
      expect(error).toBeInstanceOf(IncompleteListingError);
      expect(error).toMatchObject({ expected: 11, received: 10, pages: [2] });
    });
  });
});

describe('openai cursor listings', () => {
  it('a page resized to one item, then a page that starts over: 25 users, not 26', async () => {
    // The chaos find (seed -1101445923): `resize` to 1 on page 1, then `repeat` on page 2.
    const plan: FaultPlan = ({ page, attempt }) =>
      attempt > 0
        ? undefined
        : page === 1
          ? { kind: 'resize', pageSize: 1 }
          : page === 2
            ? { kind: 'repeat' }
            : undefined;
    const server = await startFakeVendors({ users: makeUsers(25), plan });
    try {
      const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai') });
      const { ids, error } = await drain(client.users.list({ limit: 3 }));
      expect(new Set(ids).size).toBe(ids.length);
      expect(error).toBeInstanceOf(IncompleteListingError);
      expect(error).toMatchObject({ duplicates: 1 });
      // The faults are spent: toArray's own listing is clean.
      expect((await client.users.list({ limit: 3 }).toArray()).map((u) => u.id)).toEqual(
        server.expectedIds('openai.users'),
      );
    } finally {
      await server.close();
    }
  });

  it('toArray lists again after an id on two pages and returns the 25 users once', async () => {
    const server = await startFakeVendors({ users: makeUsers(25), plan: once(3, { kind: 'overlap', by: 2 }) });
    try {
      const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai') });
      const users = await client.groups.users.list('g', { limit: 4 }).toArray();
      expect(users.map((u) => u.id)).toEqual(server.expectedIds('openai.groupUsers'));
      expect(server.requests.filter((r) => r.page === 1)).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('endless empty pages claiming more, each with a new cursor: a PaginationError after a few', async () => {
    const server = await startFakeVendors({
      users: makeUsers(5),
      plan: ({ page }) => (page > 1 ? { kind: 'empty' } : undefined),
    });
    try {
      const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai') });
      await expect(client.groups.users.list('g', { limit: 2 }).toArray()).rejects.toThrow(/empty pages in a row/);
      expect(server.requestCount).toBeLessThanOrEqual(6);
    } finally {
      await server.close();
    }
  });
});
