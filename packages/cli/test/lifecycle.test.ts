import { afterEach, describe, expect, it, vi } from 'vitest';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * A fresh copy of the lifecycle module (its state is process-wide) with its signal handler
 * installed, then detached from this process at once: the test calls the handler directly, so the
 * test runner never receives a signal.
 */
async function installed() {
  vi.resetModules();
  const lifecycle = await import('../src/lifecycle.js');
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  const exit = vi.fn<(code: number) => void>();
  lifecycle.installSignalHandlers(exit);
  const added = SIGNALS.flatMap((s) =>
    process
      .listeners(s)
      .filter((l) => !before.get(s)?.includes(l))
      .map((l) => [s, l] as const),
  );
  for (const [signal, listener] of added) process.off(signal, listener);
  expect(added.map(([s]) => s)).toEqual(['SIGINT', 'SIGTERM']);
  const handler = added[0]?.[1] as NodeJS.SignalsListener;
  return { lifecycle, exit, send: (signal: NodeJS.Signals) => handler(signal) };
}

afterEach(() => {
  vi.resetModules();
});

describe('signalExitCode', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s → %s', async (signal, code) => {
    const { signalExitCode } = await import('../src/lifecycle.js');
    expect(signalExitCode(signal)).toBe(code);
  });
});

describe('runCleanups', () => {
  it('runs every registered cleanup once, even when one fails, and forgets unregistered ones', async () => {
    vi.resetModules();
    const { onInterrupt, runCleanups } = await import('../src/lifecycle.js');
    const ran: string[] = [];
    onInterrupt(() => ran.push('a'));
    onInterrupt(async () => {
      ran.push('b');
      throw new Error('boom');
    });
    const unregister = onInterrupt(() => ran.push('gone'));
    unregister();
    await expect(runCleanups()).resolves.toBeUndefined();
    await runCleanups();
    expect(ran.sort()).toEqual(['a', 'b']);
  });
});

describe('installSignalHandlers', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: aborts the signal, runs the cleanups, then exits %s', async (signal, code) => {
    const { lifecycle, exit, send } = await installed();
    let cleaned = false;
    lifecycle.onInterrupt(async () => {
      expect(lifecycle.interruptSignal.aborted).toBe(true);
      cleaned = true;
    });
    send(signal);
    expect(lifecycle.interruptedBy()).toBe(signal);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledTimes(1));
    expect(cleaned).toBe(true);
    expect(exit).toHaveBeenCalledWith(code);
  });

  it('a command that ends normally on interrupt (orgdir mock) exits 0 on SIGINT and SIGTERM', async () => {
    for (const signal of SIGNALS) {
      const { lifecycle, exit, send } = await installed();
      lifecycle.exitOnInterruptWith(0);
      send(signal);
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    }
  });

  it('a second signal exits at once, without waiting for the cleanups', async () => {
    const { lifecycle, exit, send } = await installed();
    lifecycle.onInterrupt(() => new Promise(() => {}));
    send('SIGINT');
    send('SIGINT');
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(130);
  });
});
