/**
 * The soak program, run in its own Node process by soak.test.ts (compiled there to plain JS, with
 * --expose-gc). It drives `SOAK_REQUESTS` HTTP requests through all three clients at
 * `SOAK_CONCURRENCY` against a fault server that injects a seeded mix of faults, checks each
 * operation's outcome, measures the heap after GC, closes the server and prints one result line.
 * It never calls process.exit: the parent checks that the process ends by itself.
 */

import { type Fault, makeUsers, rng, startFakeVendors } from '@orgdir/fake-vendors';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient, OrgdirError } from '../../src/index.js';

/** What the program prints after `SOAK_RESULT `. */
export interface SoakResult {
  requests: number;
  operations: number;
  succeeded: number;
  failedTyped: number;
  /** Operations that returned a wrong list or threw something other than an OrgdirError. */
  violations: string[];
  unhandledRejections: string[];
  heapAfterWarmup: number;
  heapAtEnd: number;
  /** Heap after GC at each tenth of the run, for the report when the bound is crossed. */
  heapSamples: number[];
  /** Timers alive once every operation has settled. */
  timersAfterRun: string[];
  /** `process.getActiveResourcesInfo()` once the server is closed and its sockets are gone. */
  activeResources: string[];
}

const target = Number(process.env.SOAK_REQUESTS ?? 10_000);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 16);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

/** Seeded, so a soak run can be replayed. */
const random = rng(Number(process.env.SOAK_SEED ?? 42));

/** About one request in five is faulty; most faults are transient. */
const FAULTS: Array<[number, Fault | undefined]> = [
  [0.8, undefined],
  [0.05, { kind: 'status', status: 503 }],
  [0.03, { kind: 'status', status: 429, retryAfter: { seconds: 0 } }],
  [0.03, { kind: 'reset' }],
  [0.03, { kind: 'truncated' }],
  [0.02, { kind: 'status', status: 500 }],
  [0.015, { kind: 'non-json' }],
  [0.01, { kind: 'wrong-content-type' }],
  [0.005, { kind: 'stall-body' }],
  [0.005, { kind: 'stall' }],
  [0.005, { kind: 'status', status: 403 }],
];
function pickFault(): Fault | undefined {
  let r = random();
  for (const [p, fault] of FAULTS) {
    r -= p;
    if (r < 0) return fault;
  }
  return undefined;
}

const unhandledRejections: string[] = [];
process.on('unhandledRejection', (reason) => unhandledRejections.push(String(reason)));

const server = await startFakeVendors({ users: makeUsers(20), plan: pickFault, recordLimit: 0 });
// A stall costs its worker a whole timeout, so it is short; a healthy request slower than this on a
// loaded machine only turns into a typed error (retried first), which the soak accepts.
const options = { apiKey: 'sk-soak', maxRetries: 2, retryBaseDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: 1_000 };
const telnyx = createTelnyxClient({ ...options, baseUrl: server.baseUrl('telnyx'), concurrency: 3 });
const flashback = createFlashbackClient({ ...options, baseUrl: server.baseUrl('flashback') });
const openai = createOpenAIClient({ ...options, baseUrl: server.baseUrl('openai') });
const expected = server.expectedIds('telnyx.users').join(',');

const operations: Array<() => Promise<Array<{ id?: unknown }>>> = [
  () => flashback.organization.users.list(),
  () => telnyx.users.list({ pageSize: 5 }).toArray(),
  () => openai.users.list({ limit: 5 }).toArray(),
  () => openai.groups.users.list('group_x', { limit: 7 }).toArray(),
];

const result: SoakResult = {
  requests: 0,
  operations: 0,
  succeeded: 0,
  failedTyped: 0,
  violations: [],
  unhandledRejections,
  heapAfterWarmup: 0,
  heapAtEnd: 0,
  heapSamples: [],
  timersAfterRun: [],
  activeResources: [],
};

function settle(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

let nextSample = target / 10;
async function worker(): Promise<void> {
  while (server.requestCount < target) {
    if (server.requestCount >= nextSample) {
      nextSample += target / 10;
      result.heapSamples.push(settle());
      if (result.heapSamples.length === 1) result.heapAfterWarmup = result.heapSamples[0] as number;
    }
    const run = operations[result.operations++ % operations.length] as (typeof operations)[number];
    try {
      const ids = (await run()).map((u) => String(u.id)).join(',');
      if (ids === expected) result.succeeded++;
      else result.violations.push(`wrong list: ${ids.slice(0, 200)}`);
    } catch (error) {
      if (error instanceof OrgdirError) result.failedTyped++;
      else result.violations.push(`untyped: ${String(error)}`);
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
// Every operation has settled, so the clients hold no timer: a per-attempt timeout or backoff left
// running would show here (looking later would give it time to fire and hide).
result.timersAfterRun = process.getActiveResourcesInfo().filter((r) => r === 'Timeout');
result.requests = server.requestCount;
result.heapAtEnd = settle();
await server.close();
// Closed sockets take a few turns of the event loop (more on a loaded machine) to be released:
// look until none is left, or until 10 s have shown that one is held.
const sockets = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP'));
for (let waited = 0; sockets().length > 0 && waited < 10_000; waited += 20) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
result.activeResources = process.getActiveResourcesInfo();
process.stdout.write(`SOAK_RESULT ${JSON.stringify(result)}\n`);
