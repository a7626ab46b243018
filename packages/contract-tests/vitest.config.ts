import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./src/global-setup.ts'],
    // The files share the loaded specs and compiled schemas; none of them changes global state.
    isolate: false,
    pool: 'threads',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
