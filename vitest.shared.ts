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
   * One worker on two cores, one core less than the machine has on bigger ones. Each worker loads the
   * project's module graph again (a second one cost the CLI, client and mock suites 4 to 7 s of CPU
   * each), while the waits a second worker would overlap (stalls, servers, child processes) already
   * overlap: inside a file (describe.concurrent) and across the suites turbo runs side by side. The
   * client's suite, which mostly waits, raises it in its own config (see README, "Machine size").
   */
  maxWorkers: Math.max(1, availableParallelism() - 1),
};
