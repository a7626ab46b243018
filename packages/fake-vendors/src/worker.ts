/**
 * The fake in its own worker thread, so building and serialising pages never competes with the
 * client under test for the main event loop (benchmarks).
 */
import { Worker } from 'node:worker_threads';
import type { FakeVendorsOptions } from './server.js';
import type { FakeVendor } from './types.js';

/** A seeded data set (see `seeded.ts`): what a worker can build without receiving functions. */
export interface SeededUsers {
  vendor: 'telnyx' | 'openai';
  count: number;
  seed: number;
  /** Compute users page by page instead of holding them (for data sets too big to hold). */
  lazy?: boolean;
  /** OpenAI: the one group every user belongs to (its id, also its name). */
  group?: string;
}

/** What a worker fake serves: a seeded data set, and every option that is plain data. */
export interface WorkerFakeSpec {
  users: SeededUsers;
  options: Omit<FakeVendorsOptions, 'users' | 'plan' | 'groups'>;
}

/** A fake running in a worker thread. */
export interface WorkerFake {
  url: string;
  baseUrl(vendor: FakeVendor): string;
  close(): Promise<void>;
}

/** Starts the fake described by `spec` in a worker thread. */
export async function startFakeVendorsWorker(spec: WorkerFakeSpec): Promise<WorkerFake> {
  const worker = new Worker(new URL('./worker-entry.js', import.meta.url), { workerData: spec });
  const started = await new Promise<{ url: string; baseUrls: Record<FakeVendor, string> }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`fake vendor worker exited early with code ${code}`)));
  });
  return {
    url: started.url,
    baseUrl: (vendor) => started.baseUrls[vendor],
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await exited;
    },
  };
}
