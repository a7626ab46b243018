import type { Vendor } from '@orgdir/client';
import { onInterrupt } from './lifecycle.js';
import { loadMock, type MockLoader } from './mock-loader.js';

/** Running Prism mocks, stopped exactly once by {@link MockSession.stop}, on interrupt too. */
export interface MockSession {
  mocks: ReadonlyArray<{ vendor: Vendor; baseUrl: string; pid?: number | undefined }>;
  baseUrls: Partial<Record<Vendor, string>>;
  stop(): Promise<void>;
}

/**
 * Starts the Prism mocks of `vendors` (all when omitted). Their shutdown is registered with the
 * interrupt handler before they start, so a Ctrl-C even during startup leaves no Prism behind.
 */
export async function startMockSession(
  options: { vendors?: readonly Vendor[]; dynamic?: boolean; load?: MockLoader } = {},
): Promise<MockSession> {
  // Loaded on demand: only --mock and `orgdir mock` pay for Prism's launcher (an optional peer).
  const { startMocks } = await loadMock(options.load);
  const starting = startMocks({
    ...(options.vendors ? { vendors: [...options.vendors] } : {}),
    ...(options.dynamic ? { dynamic: true } : {}),
  });
  let stopping: Promise<void> | undefined;
  const stopOnce = (): Promise<void> => {
    stopping ??= starting.then(
      (mocks) => mocks.stop(),
      () => undefined, // never started: nothing to stop
    );
    return stopping;
  };
  const unregister = onInterrupt(stopOnce);
  try {
    const started = await starting;
    return {
      mocks: started.mocks,
      baseUrls: started.baseUrls,
      stop: () => {
        unregister();
        return stopOnce();
      },
    };
  } catch (error) {
    unregister();
    throw error;
  }
}
