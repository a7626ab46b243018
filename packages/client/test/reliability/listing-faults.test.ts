/**
 * Property: under any fault schedule, every listing either returns exactly the server's items
 * (no loss, no duplicate, same order) or throws the typed error the model predicts, never a
 * partial list as if complete. One property per operation, both pagination styles.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectDirectory,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  OrgdirError,
  type Vendor,
} from '../../src/index.js';
import {
  type FakeGroup,
  type Fault,
  type FaultPlan,
  type FaultServer,
  type FaultServerOptions,
  makeUsers,
  startFaultServer,
} from '../support/fault-server.js';
import {
  attemptsFor,
  className,
  type Expected,
  expectCursor,
  expectNumbered,
  expectSingle,
  requestOutcome,
  settle,
} from './model.js';
import { FAST, KEY, runs, TEST_TIMEOUT } from './settings.js';

/** No run needs more than a few seconds; past this it is a hang, reported with what the server saw. */
const HANG_MS = 8_000;

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

/** Fails the property unless `result` is what `expected` allows. */
function verify(result: { ids: string[] } | { thrown: unknown }, expected: Expected): void {
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

/** Runs `body` against a fresh fault server; a run that hangs fails with the requests the server saw. */
async function withServer(options: FaultServerOptions, body: (server: FaultServer) => Promise<void>): Promise<void> {
  const server = await startFaultServer(options);
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

describe('telnyx users.list: page numbers, concurrent pages', () => {
  const scenario = fc
    .record({ maxRetries: fc.integer({ min: 0, max: 3 }), pageSize: fc.integer({ min: 1, max: 6 }) })
    .chain(({ maxRetries, pageSize }) =>
      fc.record({
        maxRetries: fc.constant(maxRetries),
        pageSize: fc.constant(pageSize),
        users: fc.integer({ min: 0, max: 30 }),
        concurrency: fc.integer({ min: 1, max: 6 }),
        schedule: fc.array(attemptsFor(maxRetries, [repeat, resizeFrom(pageSize)]), { maxLength: 10 }),
      }),
    );

  it(
    'list: exactly the server’s users in order, or the predicted typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ maxRetries, pageSize, users, concurrency, schedule }) => {
          await withServer({ users: makeUsers(users), plan: byPage(schedule), apiKey: KEY }, async (server) => {
            const client = createTelnyxClient({ ...FAST, baseUrl: server.baseUrl('telnyx'), maxRetries, concurrency });
            const result = await settle(() => client.users.list({ pageSize }).toArray());
            verify(result, expectNumbered(server.expectedIds('telnyx.users'), pageSize, schedule, maxRetries));
          });
        }),
        runs(25),
      );
    },
    TEST_TIMEOUT,
  );
});

/** A cursor scenario: how many items, the page limit, and the attempts of each page. */
const cursorScenario = (items: number) =>
  fc
    .record({ maxRetries: fc.integer({ min: 0, max: 3 }), limit: fc.integer({ min: 1, max: 6 }) })
    .chain(({ maxRetries, limit }) =>
      fc.record({
        maxRetries: fc.constant(maxRetries),
        limit: fc.constant(limit),
        items: fc.integer({ min: 0, max: items }),
        schedule: fc.array(attemptsFor(maxRetries, [repeat, resizeFrom(limit)]), { maxLength: 10 }),
      }),
    );

describe('openai cursor listings', () => {
  it(
    'users.list (last id as cursor): exactly the server’s users in order, or the predicted typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(cursorScenario(25), async ({ maxRetries, limit, items, schedule }) => {
          await withServer({ users: makeUsers(items), plan: byPage(schedule), apiKey: KEY }, async (server) => {
            const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai'), maxRetries });
            const result = await settle(() => client.users.list({ limit }).toArray());
            verify(result, expectCursor(server.expectedIds('openai.users'), limit, schedule, maxRetries));
          });
        }),
        runs(25),
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'groups.users.list (`next` as cursor): exactly the group’s users in order, or the predicted typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(cursorScenario(25), async ({ maxRetries, limit, items, schedule }) => {
          await withServer({ users: makeUsers(items), plan: byPage(schedule), apiKey: KEY }, async (server) => {
            const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai'), maxRetries });
            const result = await settle(() => client.groups.users.list('group_a', { limit }).toArray());
            verify(result, expectCursor(server.expectedIds('openai.groupUsers'), limit, schedule, maxRetries));
          });
        }),
        runs(25),
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'groups.list: exactly the server’s groups in order, or the predicted typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(cursorScenario(25), async ({ maxRetries, limit, items, schedule }) => {
          const groups: FakeGroup[] = Array.from({ length: items }, (_, i) => ({
            id: `group_${i}`,
            name: `Group ${i}`,
          }));
          await withServer({ users: [], groups, plan: byPage(schedule), apiKey: KEY }, async (server) => {
            const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai'), maxRetries });
            const result = await settle(() => client.groups.list({ limit }).toArray());
            verify(result, expectCursor(server.expectedIds('openai.groups'), limit, schedule, maxRetries));
          });
        }),
        runs(25),
      );
    },
    TEST_TIMEOUT,
  );
});

describe('single-request operations', () => {
  const scenario = (extra: fc.Arbitrary<Fault>[] = []) =>
    fc.integer({ min: 0, max: 3 }).chain((maxRetries) =>
      fc.record({
        maxRetries: fc.constant(maxRetries),
        users: fc.integer({ min: 0, max: 20 }),
        attempts: attemptsFor(maxRetries, extra),
      }),
    );

  it(
    'flashback organization.users.list: every user, or the predicted typed error (success:false included)',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario([fc.constant({ kind: 'unsuccessful' })]), async ({ maxRetries, users, attempts }) => {
          await withServer(
            { users: makeUsers(users), plan: ({ attempt }) => attempts[attempt], apiKey: KEY },
            async (server) => {
              const client = createFlashbackClient({ ...FAST, baseUrl: server.baseUrl('flashback'), maxRetries });
              const result = await settle(() => client.organization.users.list());
              verify(result, expectSingle(server.expectedIds('flashback.users'), attempts, maxRetries));
            },
          );
        }),
        runs(25),
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
              const client = createTelnyxClient({ ...FAST, baseUrl: server.baseUrl('telnyx'), maxRetries });
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
        runs(15),
      );
    },
    TEST_TIMEOUT,
  );
});

describe('collectDirectory', () => {
  const scenario = fc.integer({ min: 0, max: 2 }).chain((maxRetries) =>
    fc.record({
      maxRetries: fc.constant(maxRetries),
      users: fc.integer({ min: 0, max: 12 }),
      // The first page of every operation of a vendor gets that vendor's attempts.
      attempts: fc.record({
        telnyx: attemptsFor(maxRetries),
        flashback: attemptsFor(maxRetries, [fc.constant({ kind: 'unsuccessful' })]),
        openai: attemptsFor(maxRetries),
      }),
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
            const options = { ...FAST, maxRetries };
            const directory = await collectDirectory({
              clients: {
                telnyx: createTelnyxClient({ ...options, baseUrl: server.baseUrl('telnyx') }),
                flashback: createFlashbackClient({ ...options, baseUrl: server.baseUrl('flashback') }),
                openai: createOpenAIClient({ ...options, baseUrl: server.baseUrl('openai') }),
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
        runs(25),
      );
    },
    TEST_TIMEOUT,
  );
});
