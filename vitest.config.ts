import { configDefaults, defineConfig } from 'vitest/config';
import { sharedTest } from './vitest.shared.js';

/** The scripts' test files that mock a module. */
const MOCKING_SCRIPT_TESTS = ['scripts/spec-diff/test/load.test.mjs'];

/**
 * The scripts' test files that need the packages built (they pack them, or read their `dist/`):
 * a project of their own, so `pnpm test:scripts` runs the others without a build.
 */
const BUILT_SCRIPT_TESTS = ['scripts/test/pack-consumer.test.mjs', 'scripts/test/check-readme.test.mjs'];

/**
 * Every test suite of the repository, one project per package plus the scripts. The gate runs them
 * all in this one process (`pnpm test:suites`, after the build), sharing its workers; `--project
 * <name>` picks one, and `pnpm test` in a package runs that package's own `vitest.config.ts`.
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
