import { createTelnyxClient } from '@orgdir/client';
import { FAKE_KEY } from '../fake-key.js';
import { alternate, type BenchCase, type Contender, count, expectCount, median, row } from '../harness.js';
import { startServer } from '../servers/index.js';

const SIZES = {
  full: { users: 100_000, latencyMs: 20, rounds: 3 },
  tiny: { users: 1_000, latencyMs: 2, rounds: 1 },
} as const;
const PAGE_SIZE = 250;
/** The server answers 429 to a request arriving while this many are in flight. */
const SERVER_LIMIT = 6;
/** The fixed levels tried, to find the best one for this server (one above its limit included). */
const FIXED = [4, 5, 6, 7] as const;

/**
 * Paging a rate-limited Telnyx: a fake server that answers 429 beyond 6 requests in flight. orgdir
 * with its default options (starting at 4, adapting up to 16) must get every user with at most
 * 10% of its requests answered 429, within 1.5× the time of the best fixed concurrency.
 */
export const rateLimitedPaging: BenchCase = {
  id: 'rate-limited',
  async run({ size, log }) {
    const { users, latencyMs, rounds } = SIZES[size];
    const server = await startServer({
      vendor: 'telnyx',
      options: { users, latencyMs, apiKey: FAKE_KEY, maxInFlight: SERVER_LIMIT },
    });
    try {
      const { baseUrl } = server;
      // Counts each answer's status at the fetch the client calls, retries included.
      const statuses = new Map<string, { requests: number; limited: number }>();
      const counting =
        (name: string): typeof fetch =>
        async (input, init) => {
          const response = await fetch(input, init);
          const tally = statuses.get(name) ?? { requests: 0, limited: 0 };
          tally.requests++;
          if (response.status === 429) tally.limited++;
          statuses.set(name, tally);
          return response;
        };
      const listing = (name: string, levels: { concurrency?: number; maxConcurrency?: number }): Contender => {
        const client = createTelnyxClient({ apiKey: FAKE_KEY, baseUrl, fetch: counting(name), ...levels });
        return {
          name,
          run: async () => expectCount(name, await count(client.users.list({ pageSize: PAGE_SIZE })), users),
        };
      };
      const contenders = [
        listing('orgdir (default options)', {}),
        ...FIXED.map((level) => listing(`fixed concurrency ${level}`, { concurrency: level, maxConcurrency: level })),
      ];
      const times = await alternate(contenders, rounds);
      for (const [name, t] of times) {
        const tally = statuses.get(name) ?? { requests: 0, limited: 0 };
        log(
          `  ${name}: ${t.map((ms) => ms.toFixed(0)).join(' / ')} ms, ${tally.limited} of ${tally.requests} requests 429`,
        );
      }
      const ms = (name: string): number[] => times.get(name) ?? [];
      const best = FIXED.map((level) => `fixed concurrency ${level}`).reduce((a, b) =>
        median(ms(b)) < median(ms(a)) ? b : a,
      );
      const mine = 'orgdir (default options)';
      const tally = statuses.get(mine) ?? { requests: 0, limited: 0 };
      const label = `rate-limited paging (429 beyond ${SERVER_LIMIT} in flight): ${users.toLocaleString('en-US')} users, ${latencyMs} ms latency`;
      return {
        rows: [
          row(label, ms(mine), `best ${best}`, ms(best), 'ms', { text: 'ratio ≤ 1.5', maxRatio: 1.5 }),
          row(
            `${label}, share of requests answered 429`,
            (100 * tally.limited) / Math.max(1, tally.requests),
            'budget 10%',
            10,
            '%',
            {
              text: '≤ 10%',
              maxOrgdir: 10.001,
            },
          ),
        ],
        notes: [],
      };
    } finally {
      await server.close();
    }
  },
};
