import { createTelnyxClient } from '@orgdir/client';
import type { Telnyx as TelnyxTypes } from '@orgdir/types';
import createClient from 'openapi-fetch';
import { FAKE_KEY } from '../fake-key.js';
import { alternateBlocks, type BenchCase, expectCount, row } from '../harness.js';
import { loadTelnyxSdk } from '../sdks.js';
import { startServer } from '../servers/index.js';

const SIZES = {
  full: { requests: 2_000, rounds: 3, warmup: 200 },
  tiny: { requests: 20, rounds: 1, warmup: 2 },
} as const;
const PAGE_SIZE = 25;
/** Requests per contender before the next one takes over (see alternateBlocks). */
const BLOCK = 100;

/**
 * Request overhead: sequential first-page requests of 25 users, no server latency, so the time is
 * the client's own work (building the request, middleware, parsing) plus loopback HTTP.
 * The organisation has exactly 25 users, so every contender does one request per call. The five
 * contenders interleave in blocks of 100 requests, so load changes on the machine hit them alike.
 */
export const requestOverhead: BenchCase = {
  id: 'overhead',
  async run({ size, log }) {
    const { requests, rounds, warmup } = SIZES[size];
    const server = await startServer({
      vendor: 'telnyx',
      options: { users: PAGE_SIZE, latencyMs: 0, apiKey: FAKE_KEY },
    });
    try {
      const { baseUrl } = server;
      const url = `${baseUrl}/organizations/users?page%5Bnumber%5D=1&page%5Bsize%5D=${PAGE_SIZE}`;
      const headers = { Authorization: `Bearer ${FAKE_KEY}`, Accept: 'application/json' };
      const orgdir = createTelnyxClient({ apiKey: FAKE_KEY, baseUrl });
      const plain = createClient<TelnyxTypes.paths>({ baseUrl, headers });
      const sdk = new (await loadTelnyxSdk())({ apiKey: FAKE_KEY, baseURL: baseUrl });
      const query = { 'page[number]': 1, 'page[size]': PAGE_SIZE } as const;

      // Each `once` performs one request and returns how many users it got.
      const impls: Array<{ name: string; once: () => Promise<number> }> = [
        {
          name: 'orgdir telnyx.raw.GET',
          once: async () => {
            const { data, error } = await orgdir.raw.GET('/organizations/users', { params: { query } });
            if (error || !data) throw new Error('orgdir raw.GET failed');
            return data.data?.length ?? 0;
          },
        },
        {
          name: 'orgdir users.list() first page',
          once: async () => {
            for await (const page of orgdir.users.list({ pageSize: PAGE_SIZE }).pages()) return page.data.length;
            return 0;
          },
        },
        {
          name: 'raw fetch',
          once: async () => {
            const res = await fetch(url, { headers });
            if (!res.ok) throw new Error(`raw fetch: HTTP ${res.status}`);
            const body = (await res.json()) as { data: unknown[] };
            return body.data.length;
          },
        },
        {
          name: 'openapi-fetch',
          once: async () => {
            const { data, error } = await plain.GET('/organizations/users', { params: { query } });
            if (error || !data) throw new Error('openapi-fetch failed');
            return data.data?.length ?? 0;
          },
        },
        {
          name: 'telnyx SDK',
          once: async () => {
            const page = await sdk.organizations.users.list(query);
            return page.data.length;
          },
        },
      ];
      const contenders = impls.map(({ name, once }) => ({
        name,
        once: async () => expectCount(name, await once(), PAGE_SIZE),
      }));
      for (const c of contenders) for (let i = 0; i < warmup; i++) await c.once();
      const times = await alternateBlocks(contenders, rounds, requests, BLOCK);
      // Microseconds per request, from the median round.
      const perRequest = (name: string): number[] => (times.get(name) ?? []).map((ms) => (ms * 1000) / requests);
      for (const [name, t] of times)
        log(`  ${name}: ${t.map((ms) => ms.toFixed(0)).join(' / ')} ms per ${requests} requests`);
      const rows = [];
      for (const mine of ['orgdir telnyx.raw.GET', 'orgdir users.list() first page']) {
        for (const peer of ['raw fetch', 'openapi-fetch', 'telnyx SDK']) {
          rows.push(
            row(
              `request overhead: ${mine.replace('orgdir ', '')}, ${requests} sequential requests`,
              perRequest(mine),
              peer,
              perRequest(peer),
              'µs/request',
              peer !== 'openapi-fetch'
                ? undefined
                : mine.includes('raw.GET')
                  ? { text: 'ratio ≤ 1.10', maxRatio: 1.1 }
                  : { text: 'ratio ≤ 1.15', maxRatio: 1.15 },
            ),
          );
        }
      }
      return { rows, notes: [] };
    } finally {
      await server.close();
    }
  },
};
