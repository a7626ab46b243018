import { createTelnyxClient, type DriftEvent } from '@orgdir/client';
import { FAKE_KEY } from '../fake-key.js';
import { alternate, type BenchCase, type Contender, count, expectCount, row } from '../harness.js';
import { startServer } from '../servers/index.js';

const SIZES = {
  full: { users: 100_000, rounds: 5 },
  tiny: { users: 1_000, rounds: 1 },
} as const;
const PAGE_SIZE = 250;
/** No latency measures the validation's CPU cost alone (the worst case); 20 ms is the paging case's network. */
const LATENCIES = [0, 20] as const;

/**
 * The cost of `validate: 'report'`: every Telnyx user of a 100,000-user organisation, 250 a page,
 * with each page checked against the generated validators and walked for undocumented properties,
 * against the same listing with validation off.
 */
export const validateReport: BenchCase = {
  id: 'validate-report',
  async run({ size, log }) {
    const { users, rounds } = SIZES[size];
    const rows = [];
    const notes: string[] = [];
    for (const latencyMs of LATENCIES) {
      const server = await startServer({ vendor: 'telnyx', options: { users, latencyMs, apiKey: FAKE_KEY } });
      try {
        const { baseUrl } = server;
        const events: DriftEvent[] = [];
        const off = createTelnyxClient({ apiKey: FAKE_KEY, baseUrl });
        const report = createTelnyxClient({
          apiKey: FAKE_KEY,
          baseUrl,
          validate: 'report',
          onDrift: (event) => void events.push(event),
        });
        const contenders: Contender[] = [
          {
            name: "validate 'off'",
            run: async () => expectCount('off', await count(off.users.list({ pageSize: PAGE_SIZE })), users),
          },
          {
            name: "validate 'report'",
            run: async () => expectCount('report', await count(report.users.list({ pageSize: PAGE_SIZE })), users),
          },
        ];
        // One untimed listing each first: loads the validators and warms both code paths.
        const times = await alternate(contenders, rounds, async (c) => {
          await c.run();
        });
        for (const [name, t] of times)
          log(`  ${latencyMs} ms: ${name}: ${t.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
        const ms = (name: string): number[] => times.get(name) ?? [];
        rows.push(
          row(
            `validate report: Telnyx paging ${users.toLocaleString('en-US')} users, page size ${PAGE_SIZE}, ${latencyMs} ms latency`,
            ms("validate 'report'"),
            "validate 'off'",
            ms("validate 'off'"),
            'ms',
            { text: 'ratio ≤ 1.15', maxRatio: 1.15 },
          ),
        );
        notes.push(
          `validate report (${latencyMs} ms latency): ${events.length} drift events over every listing (the fake Telnyx answers as documented).`,
        );
      } finally {
        await server.close();
      }
    }
    return { rows, notes };
  },
};
