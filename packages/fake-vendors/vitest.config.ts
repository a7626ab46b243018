import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end test builds the package and runs every case at tiny size.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
