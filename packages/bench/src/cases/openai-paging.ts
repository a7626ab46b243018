import { createOpenAIClient } from '@orgdir/client';
import { FAKE_KEY } from '../fake-key.js';
import { alternate, type BenchCase, type Contender, count, expectCount, row } from '../harness.js';
import { loadOpenAISdk } from '../sdks.js';
import { startServer } from '../servers/index.js';

const SIZES = {
  full: { users: 10_000, latencyMs: 5, rounds: 5 },
  tiny: { users: 1_000, latencyMs: 1, rounds: 1 },
} as const;
/** The largest page `listGroupUsers` documents (specs/openai.yaml: limit 1..100); the client refuses more. */
const LIMIT = 100;
const GROUP_ID = 'group_01J1F8ABCDXYZ';

/**
 * OpenAI cursor paging: every user of a 10,000-user group, 100 a page (the documented maximum),
 * 5 ms per answer: 100 pages, as many as 100,000 users at the 1,000 a page the spec does not allow.
 * A cursor forces one page after another for everybody, so this measures per-page overhead.
 */
export const openaiPaging: BenchCase = {
  id: 'openai-paging',
  async run({ size, log }) {
    const { users, latencyMs, rounds } = SIZES[size];
    const server = await startServer({
      vendor: 'openai',
      options: { users, latencyMs, apiKey: FAKE_KEY, groupId: GROUP_ID },
    });
    try {
      const { baseUrl } = server;
      const orgdir = createOpenAIClient({ apiKey: FAKE_KEY, baseUrl });
      const sdk = new (await loadOpenAISdk())({ adminAPIKey: FAKE_KEY, apiKey: FAKE_KEY, baseURL: baseUrl });
      const contenders: Contender[] = [
        {
          name: 'orgdir',
          run: async () =>
            expectCount('orgdir', await count(orgdir.groups.users.list(GROUP_ID, { limit: LIMIT })), users),
        },
        {
          name: 'openai SDK for await',
          run: async () =>
            expectCount(
              'openai SDK',
              await count(sdk.admin.organization.groups.users.list(GROUP_ID, { limit: LIMIT })),
              users,
            ),
        },
      ];
      const times = await alternate(contenders, rounds);
      for (const [name, t] of times) log(`  ${name}: ${t.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
      const ms = (name: string): number[] => times.get(name) ?? [];
      return {
        rows: [
          row(
            `OpenAI cursor paging: ${users.toLocaleString('en-US')} users, limit ${LIMIT}, ${latencyMs} ms latency`,
            ms('orgdir'),
            'openai SDK for await',
            ms('openai SDK for await'),
            'ms',
            { text: 'ratio ≤ 1.05', maxRatio: 1.05 },
          ),
        ],
        notes: [],
      };
    } finally {
      await server.close();
    }
  },
};
