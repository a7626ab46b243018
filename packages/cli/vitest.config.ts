import { defineConfig } from 'vitest/config';

// The CLI tests spawn the built binary (and Prism): give them time, and keep the 2-core machine calm.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    maxWorkers: 2,
  },
});
