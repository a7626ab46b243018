import { defineConfig } from 'vitest/config';
import { TIMEOUTS } from '../../vitest.shared.js';
import base from './vitest.config.js';

/**
 * Chaos mode: the reliability and security suites with many more fast-check runs (and a fresh seed
 * unless FC_SEED is set), and the soak at 10,000 requests.
 * Run: `pnpm --filter @orgdir/client test:chaos` (`FC_SEED=<n>` replays a run).
 */
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/reliability/**/*.test.ts', 'test/security/**/*.test.ts'],
    env: { ORGDIR_CHAOS: '1' },
    testTimeout: TIMEOUTS.chaosTestTimeout,
    // One file at a time: with thousands of runs per property the suites are CPU-bound, and a file
    // alone keeps the stall runs' short per-attempt timeouts far from any healthy request's time.
    fileParallelism: false,
  },
});
