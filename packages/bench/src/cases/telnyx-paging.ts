import { createTelnyxClient } from '@orgdir/client';
import { FAKE_KEY } from '../fake-key.js';
import { alternate, type BenchCase, type Contender, count, expectCount, row } from '../harness.js';
import { loadTelnyxSdk } from '../sdks.js';
import { startServer } from '../servers/index.js';

const SIZES = {
  full: { users: 100_000, latencyMs: 20, rounds: 3 },
  tiny: { users: 1_000, latencyMs: 2, rounds: 1 },
} as const;
const PAGE_SIZE = 250;

/** Pages through every user one request at a time with plain fetch: what a script would do. */
async function naiveLoop(baseUrl: string): Promise<number> {
  let count = 0;
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/organizations/users?page%5Bnumber%5D=${page}&page%5Bsize%5D=${PAGE_SIZE}`, {
      headers: { Authorization: `Bearer ${FAKE_KEY}`, Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`naive loop: HTTP ${res.status}`);
    const body = (await res.json()) as { data: unknown[]; meta: { total_pages: number } };
    count += body.data.length;
    if (page >= body.meta.total_pages) return count;
  }
}

/**
 * Telnyx paging: every user of a 100,000-user organisation, 250 a page, at 20 ms per answer.
 * orgdir fetches numbered pages concurrently once the first page tells it the total; the official
 * SDK and a naive loop can only follow one page after another.
 */
export const telnyxPaging: BenchCase = {
  id: 'telnyx-paging',
  async run({ size, log }) {
    const { users, latencyMs, rounds } = SIZES[size];
    const server = await startServer({ vendor: 'telnyx', options: { users, latencyMs, apiKey: FAKE_KEY } });
    try {
      const { baseUrl } = server;
      const orgdirDefault = createTelnyxClient({ apiKey: FAKE_KEY, baseUrl });
      const orgdir8 = createTelnyxClient({ apiKey: FAKE_KEY, baseUrl, concurrency: 8 });
      const sdk = new (await loadTelnyxSdk())({ apiKey: FAKE_KEY, baseURL: baseUrl });
      const contenders: Contender[] = [
        {
          name: 'orgdir (default concurrency)',
          run: async () => expectCount('orgdir', await count(orgdirDefault.users.list({ pageSize: PAGE_SIZE })), users),
        },
        {
          name: 'orgdir (concurrency 8)',
          run: async () => expectCount('orgdir c8', await count(orgdir8.users.list({ pageSize: PAGE_SIZE })), users),
        },
        {
          name: 'telnyx SDK for await',
          run: async () =>
            expectCount('telnyx SDK', await count(sdk.organizations.users.list({ 'page[size]': PAGE_SIZE })), users),
        },
        { name: 'naive sequential loop', run: async () => expectCount('naive loop', await naiveLoop(baseUrl), users) },
      ];
      const times = await alternate(contenders, rounds);
      for (const [name, t] of times) log(`  ${name}: ${t.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
      const ms = (name: string): number[] => times.get(name) ?? [];
      const label = `${users.toLocaleString('en-US')} users, page size ${PAGE_SIZE}, ${latencyMs} ms latency`;
      const rows = [];
      for (const mine of ['orgdir (default concurrency)', 'orgdir (concurrency 8)']) {
        const variant = mine.replace('orgdir ', '');
        rows.push(
          row(
            `Telnyx paging ${variant}: ${label}`,
            ms(mine),
            'telnyx SDK for await',
            ms('telnyx SDK for await'),
            'ms',
            {
              text: 'ratio ≤ 0.17',
              maxRatio: 0.17,
            },
          ),
          row(
            `Telnyx paging ${variant}: ${label}`,
            ms(mine),
            'naive sequential loop',
            ms('naive sequential loop'),
            'ms',
          ),
        );
      }
      return { rows, notes: [] };
    } finally {
      await server.close();
    }
  },
};
