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
 * The files that take longest, mostly waiting (stall timeouts, child processes, Prism's startup,
 * the bench's build): they start first so they overlap the rest instead of trailing at the end.
 */
const SLOW = [
  /[/\\]test[/\\]reliability[/\\](listing-faults|soak)\.test\.ts$/,
  /[/\\]test[/\\]e2e[/\\]prism\.test\.ts$/,
  /[/\\]bench[/\\]test[/\\]run\.test\.ts$/,
  /[/\\]scripts[/\\]test[/\\](pack-consumer|spec-pipeline)\.test\.mjs$/,
  /[/\\]spec-diff[/\\]test[/\\]cli\.test\.mjs$/,
];

const isSlow = (file: TestSpecification): boolean => SLOW.some((pattern) => pattern.test(file.moduleId));

/** Slow files first, then vitest's usual order (by past duration, or by size when cold). */
export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isSlow), ...sorted.filter((f) => !isSlow(f))];
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
