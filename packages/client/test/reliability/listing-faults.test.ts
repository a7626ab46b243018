/**
 * Property: under any fault schedule, every listing either returns exactly the server's items
 * (no loss, no duplicate, same order) or throws the typed error the model predicts, never a
 * partial list as if complete. One property per operation, both pagination styles. The properties
 * run side by side (`describe.concurrent`): each spends most of its time waiting out its stalls.
 */

import {
  type Endpoint,
  type FakeGroup,
  type FakeVendors,
  type FakeVendorsOptions,
  type Fault,
  type FaultPlan,
  makeUsers,
  startFakeVendors,
} from '@orgdir/fake-vendors';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectDirectory,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  type OpenAIClient,
  OrgdirError,
  type Vendor,
} from '../../src/index.js';
import {
  attemptsFor,
  className,
  type Expected,
  expectCursor,
  expectNumbered,
  expectSingle,
  pagesOf,
  requestOutcome,
  settle,
  sometimesStalled,
  sometimesStalledAttempts,
} from './model.js';
import { FAST, KEY, runs, TEST_TIMEOUT, TIMEOUT_MS, timeoutFor } from './settings.js';

/**
 * No run needs more than a stall's timeout plus a moment; past this (more than the generous
 * per-attempt timeout, so a request that wrongly stalls shows here) it is a hang, reported with
 * what the server saw.
 */
const HANG_MS = 2 * TIMEOUT_MS;

/**
 * Runs per property in normal mode (the chaos config multiplies them). The first run of each
 * property is a fixed example with a stall, so every run of the suite times out some attempt,
 * whatever the seed; the random runs schedule one now and then (model `sometimesStalled`).
 */
const RUNS = 20;

/**
 * Cursor listings' integrity examples, run whatever the seed: the chaos find (a page resized to one
 * item, then a page that starts over: 26 users for 25 before), an id on two pages, empty pages.
 */
const CURSOR_INTEGRITY = [
  { maxRetries: 0, limit: 3, items: 25, schedule: [[{ kind: 'resize', pageSize: 1 }], [{ kind: 'repeat' }]] },
  { maxRetries: 0, limit: 3, items: 10, schedule: [[], [{ kind: 'overlap', by: 1 }]] },
  { maxRetries: 0, limit: 2, items: 5, schedule: [[], [{ kind: 'empty' }], [{ kind: 'empty' }]] },
] satisfies Array<{ maxRetries: number; limit: number; items: number; schedule: Fault[][] }>;

/** Cursor listings' stall example: page 2 stalls with no retry left, so the listing must fail, not end early. */
const CURSOR_STALL = { maxRetries: 0, limit: 2, items: 5, schedule: [[], [{ kind: 'stall' as const }]] };

// The first requests of a process load and compile fetch (undici) and the client: do it before
// any run, so no run pays for it inside a stall run's short per-attempt timeout.
beforeAll(async () => {
  const server = await startFakeVendors({ users: makeUsers(3) });
  try {
    const options = { ...FAST, maxRetries: 0 };
    await createTelnyxClient({ ...options, baseUrl: server.baseUrl('telnyx') })
      .users.list({ pageSize: 2 })
      .toArray();
    await createOpenAIClient({ ...options, baseUrl: server.baseUrl('openai') })
      .users.list({ limit: 2 })
      .toArray();
    await createFlashbackClient({ ...options, baseUrl: server.baseUrl('flashback') }).organization.users.list();
  } finally {
    await server.close();
  }
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

/** Page `p` (1-based) gets `schedule[p-1]`, attempt by attempt. */
const byPage =
  (schedule: readonly Fault[][]): FaultPlan =>
  ({ page, attempt }) =>
    schedule[page - 1]?.[attempt];

/** Fails the property unless `result` is what `expected` allows; whatever it is, no id came twice. */
function verify(result: { ids: string[] } | { thrown: unknown }, expected: Expected): void {
  if ('ids' in result) expect(new Set(result.ids).size, 'an id was handed out twice').toBe(result.ids.length);
  if ('ok' in expected) {
    if ('thrown' in result) throw new Error(`expected ${expected.ok.length} items, got ${className(result.thrown)}`);
    expect(result.ids).toEqual(expected.ok);
  } else if ('error' in expected) {
    if ('ids' in result) throw new Error(`expected ${className(expected.error)}, got a list of ${result.ids.length}`);
    expect(result.thrown, className(result.thrown)).toBeInstanceOf(OrgdirError);
    expect(className((result.thrown as object).constructor)).toBe(className(expected.error));
  } else if ('ids' in result) {
    expect(result.ids).toEqual(expected.okOrAnyError);
  } else {
    expect(result.thrown, className(result.thrown)).toBeInstanceOf(OrgdirError);
  }
}

/** A page of another size than `size` (never equal to it). */
const resizeFrom = (size: number): fc.Arbitrary<Fault> =>
  fc.integer({ min: 1, max: size + 5 }).map((n) => ({ kind: 'resize', pageSize: n >= size ? n + 1 : n }));

const repeat: fc.Arbitrary<Fault> = fc.constant({ kind: 'repeat' });

/** An item that is not an object with a string id, somewhere in the page. */
const badItem: fc.Arbitrary<Fault> = fc.record({
  kind: fc.constant('bad-item' as const),
  item: fc.constantFrom<unknown>(null, 42, 'x', [], {}, { id: 7 }, { id: null }, [{ id: 'user_00000' }]),
  at: fc.nat({ max: 10 }),
});

/** A page that starts 1 to `size` items early: an id on two pages (a whole page early repeats one). */
const overlapFrom = (size: number): fc.Arbitrary<Fault> =>
  fc.integer({ min: 1, max: size }).map((by) => ({ kind: 'overlap', by }));

/** Paging meta a buggy or hostile server might send: impossible numbers, or a count a little off. */
const hostileMeta: fc.Arbitrary<Fault> = fc.record({
  kind: fc.constant('meta' as const),
  field: fc.constantFrom(
    'total_pages' as const,
    'page_number' as const,
    'page_size' as const,
    'total_results' as const,
  ),
  value: fc.oneof(
    fc.constantFrom<number | string>('2.5', '0', '-1', '1e999', '"NaN"', 'null', '"3"', '9007199254740993'),
    fc.constantFrom(-2, -1, 1, 2),
  ),
});

/** Users added (k > 0) or removed (k < 0) at the front while paging, shifting every later page. */
const shift: fc.Arbitrary<Fault> = fc
  .integer({ min: -3, max: 3 })
  .filter((by) => by !== 0)
  .map((by) => ({ kind: 'shift', by }));

/** The faults of a page-number listing's data and meta (one arbitrary, so clean schedules stay as common). */
const numberedIntegrity = (size: number): fc.Arbitrary<Fault> =>
  fc.oneof(shift, overlapFrom(size), hostileMeta, badItem);

/** The faults of a cursor listing's data: an id on two pages, empty pages that claim more, bad items. */
const cursorIntegrity = (limit: number): fc.Arbitrary<Fault> =>
  fc.oneof(overlapFrom(limit), fc.constant({ kind: 'empty' as const }), badItem);

/** Runs `body` against a fresh fault server; a run that hangs fails with the requests the server saw. */
async function withServer(options: FakeVendorsOptions, body: (server: FakeVendors) => Promise<void>): Promise<void> {
  const server = await startFakeVendors(options);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seen = server.requests.map((r) => `${r.url} → ${r.fault}`).join('\n  ');
      reject(new Error(`run hung for ${HANG_MS} ms; the server saw:\n  ${seen}`));
    }, HANG_MS);
  });
  try {
    await Promise.race([body(server), hang]);
  } finally {
    clearTimeout(timer);
    await server.close();
  }
}

describe.concurrent('telnyx users.list: page numbers, concurrent pages', () => {
  const scenario = fc
    .record({
      maxRetries: fc.integer({ min: 0, max: 3 }),
      pageSize: fc.integer({ min: 1, max: 6 }),
      users: fc.integer({ min: 0, max: 30 }),
    })
    .chain(({ maxRetries, pageSize, users }) =>
      fc.record({
        maxRetries: fc.constant(maxRetries),
        pageSize: fc.constant(pageSize),
        users: fc.constant(users),
        concurrency: fc.integer({ min: 1, max: 6 }),
        schedule: sometimesStalled(
          fc.array(attemptsFor(maxRetries, [repeat, resizeFrom(pageSize), numberedIntegrity(pageSize)]), {
            maxLength: 10,
          }),
          pagesOf(users, pageSize),
        ),
      }),
    );

  it(
    'list: exactly the server’s users in order, or the predicted typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ maxRetries, pageSize, users, concurrency, schedule }) => {
          await withServer({ users: makeUsers(users), plan: byPage(schedule), apiKey: KEY }, async (server) => {
            const client = createTelnyxClient({
              ...FAST,
              timeoutMs: timeoutFor(schedule.flat()),
              baseUrl: server.baseUrl('telnyx'),
              maxRetries,
              concurrency,
            });
            const result = await settle(() => client.users.list({ pageSize }).toArray());
            verify(result, expectNumbered(server.expectedIds('telnyx.users'), pageSize, schedule, maxRetries));
          });
        }),
        {
          ...runs(RUNS),
          // Pages 2 and 3 stall at once, one before and one after its headers; both retries succeed.
          // Then one of each integrity fault, whatever the seed: an id on two pages, users added
          // while paging, impossible meta, an item that is not an object.
          examples: [
            [
              {
                maxRetries: 1,
                pageSize: 2,
                users: 5,
                concurrency: 2,
                schedule: [[], [{ kind: 'stall' }], [{ kind: 'stall-body' }]],
              },
            ],
            [{ maxRetries: 0, pageSize: 3, users: 10, concurrency: 2, schedule: [[], [{ kind: 'overlap', by: 1 }]] }],
            [{ maxRetries: 1, pageSize: 3, users: 10, concurrency: 3, schedule: [[], [], [{ kind: 'shift', by: 2 }]] }],
            [
              {
                maxRetries: 0,
                pageSize: 2,
                users: 5,
                concurrency: 2,
                schedule: [[{ kind: 'meta', field: 'total_pages', value: '1e999' }]],
              },
            ],
            [
              {
                maxRetries: 0,
                pageSize: 2,
                users: 5,
                concurrency: 2,
                schedule: [[], [], [{ kind: 'bad-item', item: null, at: 0 }]],
              },
            ],
          ],
        },
      );
    },
    TEST_TIMEOUT,
  );
});

/** A cursor scenario: how many items, the page limit, and the attempts of each page. */
const cursorScenario = fc
  .record({
    maxRetries: fc.integer({ min: 0, max: 3 }),
    limit: fc.integer({ min: 1, max: 6 }),
    items: fc.integer({ min: 0, max: 25 }),
  })
  .chain(({ maxRetries, limit, items }) =>
    fc.record({
      maxRetries: fc.constant(maxRetries),
      limit: fc.constant(limit),
      items: fc.constant(items),
      schedule: sometimesStalled(
        fc.array(attemptsFor(maxRetries, [repeat, resizeFrom(limit), cursorIntegrity(limit)]), { maxLength: 10 }),
        pagesOf(items, limit),
      ),
    }),
  );

/**
 * The property of one OpenAI cursor listing: `fixtures` makes the server's records for `items`,
 * `list` runs the listing at `limit`, and the result must match the model for `endpoint`.
 */
const cursorProperty =
  (
    endpoint: Endpoint,
    fixtures: (items: number) => Pick<FakeVendorsOptions, 'users' | 'groups'>,
    list: (client: OpenAIClient, limit: number) => Promise<Array<{ id?: unknown }>>,
  ) =>
  async () => {
    await fc.assert(
      fc.asyncProperty(cursorScenario, async ({ maxRetries, limit, items, schedule }) => {
        await withServer({ ...fixtures(items), plan: byPage(schedule), apiKey: KEY }, async (server) => {
          const client = createOpenAIClient({
            ...FAST,
            timeoutMs: timeoutFor(schedule.flat()),
            baseUrl: server.baseUrl('openai'),
            maxRetries,
          });
          const result = await settle(() => list(client, limit));
          const hasNext = endpoint !== 'openai.users';
          verify(result, expectCursor(server.expectedIds(endpoint), limit, schedule, maxRetries, hasNext));
        });
      }),
      {
        ...runs(RUNS),
        examples: [[CURSOR_STALL], ...CURSOR_INTEGRITY.map((example) => [example] as [typeof example])],
      },
    );
  };

describe.concurrent('openai cursor listings', () => {
  it(
    'users.list (last id as cursor): exactly the server’s users in order, or the predicted typed error',
    cursorProperty(
      'openai.users',
      (items) => ({ users: makeUsers(items) }),
      (client, limit) => client.users.list({ limit }).toArray(),
    ),
    TEST_TIMEOUT,
  );

  it(
    'groups.users.list (`next` as cursor): exactly the group’s users in order, or the predicted typed error',
    cursorProperty(
      'openai.groupUsers',
      (items) => ({ users: makeUsers(items) }),
      (client, limit) => client.groups.users.list('group_a', { limit }).toArray(),
    ),
    TEST_TIMEOUT,
  );

  it(
    'groups.list: exactly the server’s groups in order, or the predicted typed error',
    cursorProperty(
      'openai.groups',
      (items) => ({
        users: [],
        groups: Array.from({ length: items }, (_, i): FakeGroup => ({ id: `group_${i}`, name: `Group ${i}` })),
      }),
      (client, limit) => client.groups.list({ limit }).toArray(),
    ),
    TEST_TIMEOUT,
  );
});

describe.concurrent('single-request operations', () => {
  const scenario = (extra: fc.Arbitrary<Fault>[] = []) =>
    fc.integer({ min: 0, max: 3 }).chain((maxRetries) =>
      fc.record({
        maxRetries: fc.constant(maxRetries),
        users: fc.integer({ min: 0, max: 20 }),
        attempts: sometimesStalledAttempts(attemptsFor(maxRetries, extra)),
      }),
    );

  it(
    'flashback organization.users.list: every user, or the predicted typed error (success:false included)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          scenario([fc.constant({ kind: 'unsuccessful' }), badItem]),
          async ({ maxRetries, users, attempts }) => {
            await withServer(
              { users: makeUsers(users), plan: ({ attempt }) => attempts[attempt], apiKey: KEY },
              async (server) => {
                const client = createFlashbackClient({
                  ...FAST,
                  timeoutMs: timeoutFor(attempts),
                  baseUrl: server.baseUrl('flashback'),
                  maxRetries,
                });
                const result = await settle(() => client.organization.users.list());
                verify(result, expectSingle(server.expectedIds('flashback.users'), attempts, maxRetries));
              },
            );
          },
        ),
        { ...runs(RUNS), examples: [[{ maxRetries: 1, users: 3, attempts: [{ kind: 'stall-body' }] }]] },
      );
    },
    TEST_TIMEOUT,
  );

  it.each(['json', 'csv'] as const)(
    'telnyx users.groupsReport (%s): every row, or the predicted typed error',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(scenario(), async ({ maxRetries, users, attempts }) => {
          const fakeUsers = makeUsers(users);
          await withServer(
            { users: fakeUsers, plan: ({ attempt }) => attempts[attempt], apiKey: KEY },
            async (server) => {
              const client = createTelnyxClient({
                ...FAST,
                timeoutMs: timeoutFor(attempts),
                baseUrl: server.baseUrl('telnyx'),
                maxRetries,
              });
              const rows = await settle(async () => {
                const report = await client.users.groupsReport({ format });
                // The groups must survive too, not just the ids.
                expect(report.map((row) => row.groups.map((g) => g.name))).toEqual(fakeUsers.map((u) => u.groups));
                return report;
              });
              verify(rows, expectSingle(server.expectedIds('telnyx.report'), attempts, maxRetries));
            },
          );
        }),
        { ...runs(RUNS), examples: [[{ maxRetries: 1, users: 3, attempts: [{ kind: 'stall' }] }]] },
      );
    },
    TEST_TIMEOUT,
  );
});

describe.concurrent('collectDirectory', () => {
  const scenario = fc.integer({ min: 0, max: 2 }).chain((maxRetries) =>
    fc.record({
      maxRetries: fc.constant(maxRetries),
      users: fc.integer({ min: 0, max: 12 }),
      // The first page of every operation of a vendor gets that vendor's attempts. Now and then
      // Telnyx or Flashback stalls once; OpenAI does not, as its users, groups and each group's
      // members would then stall one after another.
      attempts: fc
        .tuple(
          sometimesStalled(
            fc.tuple(attemptsFor(maxRetries), attemptsFor(maxRetries, [fc.constant({ kind: 'unsuccessful' })])),
            2,
          ),
          attemptsFor(maxRetries),
        )
        .map(([[telnyx = [], flashback = []], openai]) => ({ telnyx, flashback, openai })),
    }),
  );

  it(
    'each vendor is ok with exactly its users, or failed with the predicted error and no users at all',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ maxRetries, users, attempts }) => {
          const vendorOf = (endpoint: string) => endpoint.split('.')[0] as Vendor;
          const plan: FaultPlan = ({ endpoint, page, attempt }) =>
            page === 1 ? attempts[vendorOf(endpoint)][attempt] : undefined;
          await withServer({ users: makeUsers(users), plan, apiKey: KEY }, async (server) => {
            const options = (vendor: Vendor) => ({
              ...FAST,
              maxRetries,
              timeoutMs: timeoutFor(attempts[vendor]),
              baseUrl: server.baseUrl(vendor),
            });
            const directory = await collectDirectory({
              clients: {
                telnyx: createTelnyxClient(options('telnyx')),
                flashback: createFlashbackClient(options('flashback')),
                openai: createOpenAIClient(options('openai')),
              },
            });
            for (const vendor of ['telnyx', 'flashback', 'openai'] as const) {
              const outcome = requestOutcome(attempts[vendor], maxRetries);
              const result = directory.vendors.find((v) => v.vendor === vendor);
              const ids = directory.users.filter((u) => u.vendor === vendor).map((u) => u.id);
              if ('served' in outcome) {
                expect(result, vendor).toMatchObject({ status: 'ok', users: users });
                expect(ids).toEqual(server.expectedIds('flashback.users'));
              } else {
                expect(result, vendor).toMatchObject({ status: 'failed', users: 0 });
                expect(className(result?.error?.constructor), vendor).toBe(className(outcome.error));
                expect(ids, `${vendor} failed, yet contributed users`).toEqual([]);
              }
            }
          });
        }),
        {
          ...runs(RUNS),
          // Telnyx times out with no retry left: it alone is failed, the others complete.
          examples: [
            [{ maxRetries: 0, users: 3, attempts: { telnyx: [{ kind: 'stall' }], flashback: [], openai: [] } }],
          ],
        },
      );
    },
    TEST_TIMEOUT,
  );
});
