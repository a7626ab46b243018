import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The scripts' tests start real tools (redocly, openapi-typescript, git, pnpm pack, tsc) as child
// processes. `pnpm test` runs them beside a dozen other tasks on two cores, where one such start
// can take tens of seconds, so the timeouts are generous; a tool that fails still fails at once.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['scripts/**/*.test.mjs'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
