import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { telnyxUser, withoutGroups } from '../data/users.js';
import { FAKE_KEY } from '../fake-key.js';
import { type BenchCase, expectCount, median, roundOrder, row } from '../harness.js';
import { startServer } from '../servers/index.js';
import type { MemoryJob, MemoryResult } from './memory-child.js';

const run = promisify(execFile);

const SIZES = {
  full: { users: 1_000_000, rounds: 3 },
  tiny: { users: 1_000, rounds: 1 },
} as const;
const PAGE_SIZE = 250;
const BUDGET_MB = 50;
/** What remembering each id (to hand it out once) may cost, in bytes a user. */
const SEEN_ID_BUDGET_BYTES = 16;

async function measure(job: MemoryJob): Promise<MemoryResult> {
  const child = fileURLToPath(new URL('./memory-child.js', import.meta.url));
  const { stdout } = await run(process.execPath, ['--expose-gc', child, JSON.stringify(job)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as MemoryResult;
}

/**
 * Memory while paging 1,000,000 users: peak RSS growth of a fresh process that iterates every
 * user, one child process per measurement. The server (in this process) computes pages on demand,
 * so only the client's memory is measured. Streaming should stay flat: growth < 50 MB.
 */
export const memoryPaging: BenchCase = {
  id: 'memory',
  async run({ size, log }) {
    const { users, rounds } = SIZES[size];
    const server = await startServer({
      vendor: 'telnyx',
      options: { users, latencyMs: 0, apiKey: FAKE_KEY, lazy: true },
    });
    try {
      const growth: Record<MemoryJob['impl'], number[]> = { orgdir: [], 'telnyx-sdk': [], 'naive-loop': [] };
      const held: Record<MemoryJob['impl'], number[]> = { orgdir: [], 'telnyx-sdk': [], 'naive-loop': [] };
      const impls = Object.keys(growth) as Array<MemoryJob['impl']>;
      for (let round = 0; round < rounds; round++) {
        for (const impl of roundOrder(impls, round)) {
          const result = await measure({ impl, baseUrl: server.baseUrl, users, pageSize: PAGE_SIZE });
          expectCount(impl, result.users, users);
          growth[impl].push(result.peakGrowthMB);
          held[impl].push(result.heldBufferBytes);
          log(
            `  ${impl}: +${result.peakGrowthMB.toFixed(1)} MB over ${result.baselineMB.toFixed(1)} MB baseline, ${(result.ms / 1000).toFixed(1)} s, ${(result.heldBufferBytes / users).toFixed(2)} buffer bytes a user held at the end`,
          );
        }
      }
      const pageBytes = Buffer.byteLength(
        JSON.stringify({
          data: Array.from({ length: PAGE_SIZE }, (_, i) => withoutGroups(telnyxUser(7, i))),
          meta: { total_pages: 1, total_results: users, page_number: 1, page_size: PAGE_SIZE },
        }),
      );
      const label = `memory: peak RSS growth paging ${users.toLocaleString('en-US')} users, page size ${PAGE_SIZE}`;
      const orgdirMB = growth.orgdir;
      const perUser = (impl: MemoryJob['impl']) => Math.max(0, median(held[impl])) / users;
      const seenLabel = `seen-id set: bytes a user held to hand out each of ${users.toLocaleString('en-US')} users once`;
      return {
        rows: [
          row(label, orgdirMB, 'telnyx SDK for await', growth['telnyx-sdk'], 'MB'),
          row(label, orgdirMB, 'naive fetch loop', growth['naive-loop'], 'MB'),
          row(label, orgdirMB, `budget ${BUDGET_MB} MB`, BUDGET_MB, 'MB', {
            text: `growth < ${BUDGET_MB} MB`,
            maxOrgdir: BUDGET_MB,
          }),
          row(seenLabel, perUser('orgdir'), `budget ${SEEN_ID_BUDGET_BYTES} B/user`, SEEN_ID_BUDGET_BYTES, 'B/user', {
            text: `≤ ${SEEN_ID_BUDGET_BYTES} bytes a user`,
            // `row` compares with <; the budget itself is allowed.
            maxOrgdir: SEEN_ID_BUDGET_BYTES + 0.5,
          }),
        ],
        notes: [
          `memory: one page of ${PAGE_SIZE} users is ${(pageBytes / 1024).toFixed(0)} KiB of JSON.`,
          `seen-id set: ArrayBuffer bytes held at the last user after a full GC, over the baseline, per user (telnyx SDK ${perUser('telnyx-sdk').toFixed(2)}, naive loop ${perUser('naive-loop').toFixed(2)}, which keep no ids).`,
        ],
      };
    } finally {
      await server.close();
    }
  },
};
