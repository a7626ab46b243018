/**
 * A body larger than `maxResponseBytes` is refused with ResponseTooLargeError as soon as the cap is
 * crossed (or at once, when Content-Length already says so), on success and error answers alike,
 * without reading the rest; a body of exactly the cap is accepted.
 */

import { type FakeVendors, makeUsers, startFakeVendors } from '@orgdir/fake-vendors';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  ResponseTooLargeError,
} from '../../src/index.js';
import { FAST, runs, TEST_TIMEOUT } from '../reliability/settings.js';

const MiB = 1024 * 1024;

let server: FakeVendors | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs a Flashback listing against a server answering one huge body; returns the error. */
async function hugeAnswer(
  options: { bytes: number; declareLength: boolean; status?: number },
  maxResponseBytes?: number,
) {
  server = await startFakeVendors({ users: [], plan: () => ({ kind: 'huge', ...options }) });
  const client = createFlashbackClient({
    ...FAST,
    baseUrl: server.baseUrl('flashback'),
    maxRetries: 1,
    ...(maxResponseBytes !== undefined && { maxResponseBytes }),
  });
  return client.organization.users.list().then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('maxResponseBytes', () => {
  const cases = [
    { name: '200, length declared', bytes: 64 * MiB, declareLength: true },
    { name: '200, streamed without a length', bytes: 64 * MiB, declareLength: false },
    { name: '500, streamed without a length', bytes: 64 * MiB, declareLength: false, status: 500 },
    { name: '404, length declared', bytes: 64 * MiB, declareLength: true, status: 404 },
  ];
  it.each(cases)('$name: refused with a clear error, the rest never read', async ({ name: _, ...fault }) => {
    const error = await hugeAnswer(fault, 256 * 1024);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/262144/);
    // The client stopped reading long before the end (socket buffers allow a few MiB at most).
    expect(server?.hugeBytesWritten).toBeLessThan(16 * MiB);
    // Not retried: a second attempt would only be refused again.
    expect(server?.requests).toHaveLength(1);
  });

  it('the default cap (50 MiB) refuses a larger declared body', async () => {
    const error = await hugeAnswer({ bytes: 60 * MiB, declareLength: true });
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(server?.hugeBytesWritten).toBeLessThan(16 * MiB);
  });

  it(
    'property: a listing passes at exactly its size and fails one byte under, whatever the vendor',
    async () => {
      const scenario = fc.record({
        vendor: fc.constantFrom('telnyx', 'flashback', 'openai'),
        users: fc.integer({ min: 1, max: 40 }),
      });
      await fc.assert(
        fc.asyncProperty(scenario, async ({ vendor, users }) => {
          const s = await startFakeVendors({ users: makeUsers(users) });
          try {
            const list = (maxResponseBytes: number) => {
              const options = { ...FAST, baseUrl: s.baseUrl(vendor), maxResponseBytes, maxRetries: 0 };
              if (vendor === 'telnyx') return createTelnyxClient(options).users.list().toArray();
              if (vendor === 'flashback') return createFlashbackClient(options).organization.users.list();
              return createOpenAIClient(options).users.list({ limit: 100 }).toArray();
            };
            // One unbounded run measures the single answer's size.
            await list(Number.MAX_SAFE_INTEGER);
            const size = Buffer.byteLength(await (await fetch(new URL(s.requests[0]?.url ?? '/', s.url))).text());
            expect(await list(size)).toHaveLength(users);
            await expect(list(size - 1)).rejects.toBeInstanceOf(ResponseTooLargeError);
          } finally {
            await s.close();
          }
        }),
        runs(15, 300),
      );
    },
    TEST_TIMEOUT,
  );
});
