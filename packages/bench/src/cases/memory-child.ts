// Child-process entry of the memory case: pages through every user with one implementation and
// prints its peak RSS growth as JSON. Run with --expose-gc so the baseline starts from a clean heap.
import { createTelnyxClient } from '@orgdir/client';
import { FAKE_KEY } from '../fake-key.js';
import { loadTelnyxSdk } from '../sdks.js';

/** What the parent asks the child to do. */
export interface MemoryJob {
  impl: 'orgdir' | 'telnyx-sdk' | 'naive-loop';
  baseUrl: string;
  users: number;
  pageSize: number;
}

/** What the child answers. */
export interface MemoryResult {
  users: number;
  baselineMB: number;
  peakGrowthMB: number;
  ms: number;
  /**
   * ArrayBuffer bytes (typed arrays, Buffers) still held when the last user is handed out, after a
   * full GC, over the baseline: for orgdir, the seen-id set that keeps every id to hand out once
   * (with at most a few pooled socket buffers besides).
   */
  heldBufferBytes: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as MemoryJob;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('memory-child needs node --expose-gc');

/** Plain fetch, one page at a time: the floor any client's memory can be compared with. */
async function* naiveLoop(baseUrl: string, pageSize: number): AsyncGenerator<unknown> {
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/organizations/users?page%5Bnumber%5D=${page}&page%5Bsize%5D=${pageSize}`, {
      headers: { Authorization: `Bearer ${FAKE_KEY}` },
    });
    const body = (await res.json()) as { data: unknown[]; meta: { total_pages: number } };
    yield* body.data;
    if (page >= body.meta.total_pages) return;
  }
}

// Every child loads the SDK, whichever it runs, so each starts from the same loaded code.
const Telnyx = await loadTelnyxSdk();

function items(): AsyncIterable<unknown> {
  switch (job.impl) {
    case 'orgdir':
      return createTelnyxClient({ apiKey: FAKE_KEY, baseUrl: job.baseUrl }).users.list({ pageSize: job.pageSize });
    case 'telnyx-sdk':
      return new Telnyx({ apiKey: FAKE_KEY, baseURL: job.baseUrl }).organizations.users.list({
        'page[size]': job.pageSize,
      });
    case 'naive-loop':
      return naiveLoop(job.baseUrl, job.pageSize);
  }
}
const source = items();

gc();
gc();
const baselineBuffers = process.memoryUsage().arrayBuffers;
const baseline = process.memoryUsage.rss();
let peak = baseline;
const sample = (): void => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
};
// Sample on a timer and every 1,000 users, so a burst between timer ticks is not missed.
const timer = setInterval(sample, 5);
const start = performance.now();
let count = 0;
let heldBufferBytes = 0;
for await (const _ of source) {
  if (++count % 1000 === 0) sample();
  if (count === job.users) {
    // The listing is still open here (its last page is being handed out), so whatever it keeps
    // for the whole listing is alive; everything per page before it is garbage after a GC.
    sample();
    gc();
    heldBufferBytes = process.memoryUsage().arrayBuffers - baselineBuffers;
  }
}
sample();
clearInterval(timer);
const result: MemoryResult = {
  users: count,
  baselineMB: baseline / 2 ** 20,
  peakGrowthMB: (peak - baseline) / 2 ** 20,
  ms: performance.now() - start,
  heldBufferBytes,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
