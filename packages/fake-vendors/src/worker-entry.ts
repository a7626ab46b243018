// Worker-thread entry: starts the fake described by workerData and reports its URLs.
import { parentPort, workerData } from 'node:worker_threads';
import { dataset, seededOpenAIUser, seededTelnyxUser } from './seeded.js';
import { startFakeVendors } from './server.js';
import type { LazyUsers } from './store.js';
import { FAKE_VENDORS, type FakeUser } from './types.js';
import type { WorkerFakeSpec } from './worker.js';

const { users, options } = workerData as WorkerFakeSpec;
const group = users.group ?? 'group';
const make =
  users.vendor === 'telnyx'
    ? (seed: number, i: number) => seededTelnyxUser(seed, i)
    : (seed: number, i: number) => seededOpenAIUser(seed, i, group);
const store: FakeUser[] | LazyUsers = users.lazy
  ? { length: users.count, at: (i) => make(users.seed, i) }
  : dataset(users.count, users.seed, make);
const fake = await startFakeVendors({
  ...options,
  users: store,
  ...(users.vendor === 'openai' && { groups: [{ id: group, name: group }] }),
});
parentPort?.on('message', (m: unknown) => {
  if (m === 'close') void fake.close().then(() => parentPort?.close());
});
const baseUrls = Object.fromEntries(FAKE_VENDORS.map((v) => [v, fake.baseUrl(v)]));
parentPort?.postMessage({ url: fake.url, baseUrls });
