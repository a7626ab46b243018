/**
 * What every test project shares: where tests live, the hang guards, and the order files start in.
 * The root `vitest.config.ts` runs every project; each package's `vitest.config.ts` builds on this
 * file, so `pnpm test` in a package (and turbo's per-package cache) works on its own.
 * Why the timeouts are generous: see "Development notes" in the README.
 */
import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Hang guards, not speed checks: no test asserts a duration. */
export const TIMEOUTS = {
  testTimeout: 120_000,
  hookTimeout: 180_000,
  /** The client's chaos mode (`test:chaos`): thousands of runs per property. */
  chaosTestTimeout: 30 * 60_000,
} as const;

/**
 * The files that take longest, slowest first: mostly waiting on child processes (pnpm, tsc, Redocly,
 * Prism, the bench), on stall timeouts, or building a million-row table.
 */
const SLOW = [
  /[/\\]scripts[/\\]test[/\\]pack-consumer\.test\.mjs$/,
  /[/\\]test[/\\]reliability[/\\]listing-faults\.test\.ts$/,
  /[/\\]spec-diff[/\\]test[/\\]cli\.test\.mjs$/,
  /[/\\]scripts[/\\]test[/\\]spec-pipeline\.test\.mjs$/,
  /[/\\]cli[/\\]test[/\\]format[/\\]table\.test\.ts$/,
  /[/\\]mock[/\\]test[/\\](prism|start-mocks)\.test\.ts$/,
  /[/\\]bench[/\\]test[/\\]run\.test\.ts$/,
  /[/\\]test[/\\]e2e[/\\]prism\.test\.ts$/,
  /[/\\]test[/\\]reliability[/\\]soak\.test\.ts$/,
];

/** A file's place in {@link SLOW}; every other file after them. */
const slowRank = (file: TestSpecification): number => {
  const rank = SLOW.findIndex((pattern) => pattern.test(file.moduleId));
  return rank === -1 ? SLOW.length : rank;
};

/**
 * Slow files first, so they overlap the rest instead of trailing at the end, but each project's
 * files together: a worker runs the next file only if it is of the same project, and otherwise a
 * new worker starts (about half a second of CPU each, importing vitest and the project's modules
 * again). So the projects go in the order of their slowest file, each with its slow files first
 * and then vitest's usual order (by past duration, or by size when cold).
 */
export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Each project's lowest rank.
    const projectRank = new Map<string, number>();
    for (const file of sorted) {
      const name = file.project.name;
      projectRank.set(name, Math.min(projectRank.get(name) ?? SLOW.length, slowRank(file)));
    }
    const rankOf = (file: TestSpecification) => projectRank.get(file.project.name) ?? SLOW.length;
    // Array#sort is stable: files that tie keep vitest's order.
    return sorted.sort(
      (a, b) =>
        rankOf(a) - rankOf(b) ||
        (a.project.name === b.project.name ? 0 : a.project.name < b.project.name ? -1 : 1) ||
        slowRank(a) - slowRank(b),
    );
  }
}

/** The `test` options every project starts from. */
export const sharedTest = {
  include: ['test/**/*.test.ts'],
  testTimeout: TIMEOUTS.testTimeout,
  hookTimeout: TIMEOUTS.hookTimeout,
  sequence: { sequencer: SlowFirst },
  /**
   * Our packages' built code (`packages/<name>/dist/`, which the tests reach through the packages'
   * `exports`) is plain JavaScript: Node imports it as it is, as it would any installed package,
   * instead of Vite transforming it again for every project that imports it. Mocking such a module
   * (`vi.mock('@orgdir/mock')`) still works: the importing source files are transformed.
   */
  server: { deps: { external: [/[/\\]packages[/\\][^/\\]+[/\\]dist[/\\]/] } },
  /**
   * One worker per core. The gate (`pnpm test:suites`) runs every project in one vitest process, so
   * the workers are shared by all of them and the suites that mostly wait (the client's stalls,
   * Prism's start-up, the scripts' child processes) overlap the rest. Every project of one run must
   * have the same number (vitest refuses a run whose projects differ), so no project sets its own.
   * See README, "Machine size".
   */
  maxWorkers: availableParallelism(),
  /**
   * Worker threads, not child processes: a thread starts with less work than a process, and the
   * modules it imports travel to it over a message port rather than process IPC. Measured on the
   * whole run (three alternating pairs): about 9 s less CPU (122–128 s against 128–139 s). A
   * project whose tests need a process of their own (the mock package counts its children) sets
   * `pool: 'forks'`.
   */
  pool: 'threads' as const,
};
