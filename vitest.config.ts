import { isDeepStrictEqual } from 'node:util';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration, type UserConfig } from 'vitest/config';
import bench from './packages/bench/vitest.config.js';
import cli from './packages/cli/vitest.config.js';
import client from './packages/client/vitest.config.js';
import contractTests from './packages/contract-tests/vitest.config.js';
import fakeVendors from './packages/fake-vendors/vitest.config.js';
import { sharedTest } from './vitest.shared.js';

/** The scripts' test files that mock a module. */
const MOCKING_SCRIPT_TESTS = ['scripts/spec-diff/test/load.test.mjs'];

/**
 * The scripts' test files that need the packages built (they pack them, or read their `dist/`):
 * a project of their own, so `pnpm test:scripts` runs the others without a build.
 */
const BUILT_SCRIPT_TESTS = ['scripts/test/pack-consumer.test.mjs', 'scripts/test/check-readme.test.mjs'];

/**
 * The packages whose tests share the gate's workers, by folder. Vitest keeps a worker only for
 * files of one project, and each new worker costs about half a second of CPU to start and load
 * its modules; as one project, these packages' files run on the same workers from start to end.
 * Not `mock`, whose tests need a process of their own (`pool: 'forks'`).
 */
const SHARED_PACKAGES: Record<string, UserConfig> = {
  bench,
  cli,
  client,
  'contract-tests': contractTests,
  'fake-vendors': fakeVendors,
};

/**
 * One project running the files of {@link SHARED_PACKAGES}, with the settings of each package's own
 * `vitest.config.ts` (what `pnpm test` runs in that package): their `include`s and `globalSetup`s
 * from the package's folder, and every other setting, which two packages must not set differently.
 */
function sharedProject(packages: Record<string, UserConfig>): TestProjectInlineConfiguration {
  const test: Record<string, unknown> = {};
  const include: string[] = [];
  const globalSetup: string[] = [];
  for (const [dir, config] of Object.entries(packages)) {
    const { name: _name, include: own = [], globalSetup: setup = [], ...options } = config.test ?? {};
    include.push(...own.map((glob) => `packages/${dir}/${glob}`));
    globalSetup.push(...[setup].flat().map((file) => `packages/${dir}/${file.replace(/^\.\//, '')}`));
    for (const [key, value] of Object.entries(options)) {
      if (isDeepStrictEqual(value, (sharedTest as Record<string, unknown>)[key])) continue;
      if (key in test && !isDeepStrictEqual(test[key], value)) {
        throw new Error(
          `packages/${dir}/vitest.config.ts sets test.${key} unlike another package of SHARED_PACKAGES: give it a project of its own`,
        );
      }
      test[key] = value;
    }
  }
  return { extends: true, test: { ...test, name: 'packages', include, globalSetup } };
}

/**
 * Every test suite of the repository: the packages (one project, see {@link SHARED_PACKAGES}),
 * the mock package, and the scripts. The gate runs them all in this one process (`pnpm
 * test:suites`, after the build), sharing its workers; `--project <name>` picks one project and a
 * path (`npx vitest run packages/cli`) one package's files, and `pnpm test` in a package runs that
 * package's own `vitest.config.ts`.
 */
export default defineConfig({
  test: {
    ...sharedTest,
    projects: [
      sharedProject(SHARED_PACKAGES),
      'packages/mock/vitest.config.ts',
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
