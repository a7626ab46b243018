/**
 * Timeouts and cancellation must survive garbage collection. A fetch's abort signal can be linked
 * to the request only weakly (undici follows a Request's signal through a WeakRef), so a client
 * that hands `fetch` a Request carrying the signal can lose the abort after a GC and wait forever
 * on a stalled server. These tests force GCs while the server stalls.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type FakeVendors, makeUsers, startFakeVendors } from '@orgdir/fake-vendors';
import { afterEach, describe, expect, it } from 'vitest';
import { APITimeoutError, createFlashbackClient, createOpenAIClient, createTelnyxClient } from '../../src/index.js';
import { FAST } from './settings.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Past this an outcome counts as 'hung': far above anything these take (see the README's machine-size notes). */
const HANG_MS = 10_000;

/** Settles with the outcome, or with 'hung' after `ms`. */
async function within<T>(ms: number, pending: Promise<T>): Promise<{ value: T } | { error: unknown } | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => resolve('hung'), ms);
  });
  try {
    return await Promise.race([
      pending.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
      hung,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Forces a few full GCs while the request is in flight. */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
  }
}

let server: FakeVendors | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('per-attempt timeout after a GC', () => {
  it.each(['stall', 'stall-body'] as const)('a %s ends in APITimeoutError, not a hang', async (kind) => {
    server = await startFakeVendors({ users: makeUsers(2), plan: () => ({ kind }) });
    const client = createFlashbackClient({
      ...FAST,
      baseUrl: server.baseUrl('flashback'),
      maxRetries: 0,
      timeoutMs: 100,
    });
    const outcome = within(HANG_MS, client.organization.users.list());
    await collectGarbage();
    expect(await outcome).not.toBe('hung');
    const settled = await outcome;
    expect(settled !== 'hung' && 'error' in settled && settled.error).toBeInstanceOf(APITimeoutError);
    // And the client hung up on the stalled request, rather than leaving its socket open.
    expect(await within(HANG_MS, waitUntilIdle(server))).toEqual({ value: 0 });
  });
});

describe('caller cancellation after a GC', () => {
  it('aborting the caller’s signal ends a stalled listing', async () => {
    server = await startFakeVendors({ users: makeUsers(2), plan: () => ({ kind: 'stall' }) });
    const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai'), timeoutMs: 60_000 });
    const controller = new AbortController();
    const outcome = within(HANG_MS, client.users.list({ signal: controller.signal }).toArray());
    await collectGarbage();
    controller.abort(new Error('caller gave up'));
    expect(await outcome).not.toBe('hung');
    expect(await outcome).toHaveProperty('error');
    expect(await within(HANG_MS, waitUntilIdle(server))).toEqual({ value: 0 });
  });

  it('leaving a `for await` early cancels the pages still in flight', async () => {
    // Page 1 answers; every later page stalls until the client hangs up.
    server = await startFakeVendors({
      users: makeUsers(20),
      plan: ({ page }) => (page > 1 ? { kind: 'stall' } : undefined),
    });
    const client = createTelnyxClient({
      ...FAST,
      baseUrl: server.baseUrl('telnyx'),
      timeoutMs: 60_000,
      concurrency: 3,
    });
    const done = (async () => {
      for await (const page of client.users.list({ pageSize: 2 }).pages()) {
        await collectGarbage();
        return page.data.length;
      }
    })();
    expect(await within(HANG_MS, done)).toEqual({ value: 2 });
    // Every stalled page request must have been hung up on.
    expect(await within(HANG_MS, waitUntilIdle(server))).toEqual({ value: 0 });
  });
});

/** Resolves with 0 once no request is in flight on the server (polled), so a lost abort shows up as 'hung'. */
async function waitUntilIdle(target: FakeVendors): Promise<number> {
  for (;;) {
    if (target.inFlight === 0) return 0;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
