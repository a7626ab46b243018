import { defineConfig } from 'vitest/config';

/**
 * Chaos mode: the reliability and security suites with many more fast-check runs (and a fresh seed
 * unless FC_SEED is set), and the soak at the 10,000 requests.
 * Run: `pnpm --filter @orgdir/client exec vitest run --config vitest.chaos.config.ts`.
 */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts', 'test/security/**/*.test.ts'],
    env: { ORGDIR_CHAOS: '1' },
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
    // One file at a time: the suites are CPU-bound and time out stalls on purpose.
    fileParallelism: false,
  },
});
