import { defineConfig } from 'vitest/config';
import { sharedTest } from './vitest.shared.js';

/**
 * Every test suite of the repository, one project per package plus the scripts. `pnpm test` runs
 * them per package through turbo (each package's `vitest.config.ts`); `npx vitest run` here runs
 * them all at once, and `--project <name>` picks one.
 */
export default defineConfig({
  test: {
    ...sharedTest,
    projects: [
      'packages/*/vitest.config.ts',
      {
        extends: true,
        test: {
          name: 'scripts',
          // The scripts' tests start real tools (redocly, openapi-typescript, git, pnpm pack, tsc).
          include: ['scripts/**/*.test.mjs'],
        },
      },
    ],
  },
});
