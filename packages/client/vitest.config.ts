import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

/**
 * `pnpm test`: unit, reliability and security suites, property tests with a fixed seed and bounded
 * runs. `vitest.chaos.config.ts` builds on this one.
 */
export default defineConfig({
  test: {
    ...sharedTest,
    name: 'client',
    // A worker runs its files one after another in one module graph, so the client and fetch load
    // once per worker rather than once per file. No file mocks modules; each removes the process
    // listeners it adds, and env stubs are undone after every test.
    isolate: false,
    unstubEnvs: true,
    // The listing properties run side by side (describe.concurrent), each mostly waiting on stalls.
    maxConcurrency: 10,
  },
});
