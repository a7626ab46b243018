import { configDefaults, defineConfig } from 'vitest/config';
import { sharedTest } from './vitest.shared.js';

/** The scripts' test files that mock a module. */
const MOCKING_SCRIPT_TESTS = ['scripts/spec-diff/test/load.test.mjs'];

/**
 * The scripts' test files that need the packages built (they pack them, or read their `dist/`):
 * `pnpm test:scripts:built` runs them, so the other scripts' tests need not wait for the builds.
 */
const BUILT_SCRIPT_TESTS = ['scripts/test/pack-consumer.test.mjs', 'scripts/test/check-readme.test.mjs'];

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
          exclude: [...configDefaults.exclude, ...MOCKING_SCRIPT_TESTS, ...BUILT_SCRIPT_TESTS],
          // One module graph per worker, not per file: the scripts and their tools (yaml, Ajv,
          // Redocly's core) load once. No file here mocks a module or changes process-wide state.
          isolate: false,
        },
      },
      {
        extends: true,
        // Files that mock a module (vi.mock), each in a module graph of its own so the mock reaches
        // the script under test and no other file. `pnpm test:scripts` runs both projects.
        test: { name: 'scripts-mocking', include: [...MOCKING_SCRIPT_TESTS] },
      },
      {
        extends: true,
        // As `scripts` (neither mocks a module), after the builds they need.
        test: { name: 'scripts-built', include: [...BUILT_SCRIPT_TESTS], isolate: false },
      },
    ],
  },
});
