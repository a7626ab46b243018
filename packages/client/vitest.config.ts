import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that take longest, mostly waiting (stall timeouts, the soak's child process). */
const SLOW = /[/\\]test[/\\]reliability[/\\](listing-faults|soak)\.test\.ts$/;

/**
 * Starts the slow files first, so they overlap the rest of the suite instead of trailing at the
 * end (vitest's default order is by past duration, which a fresh clone does not have).
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => SLOW.test(f.moduleId)), ...sorted.filter((f) => !SLOW.test(f.moduleId))];
  }
}

/**
 * `pnpm test`: unit, reliability and security suites, property tests with a fixed seed and bounded
 * runs. `vitest.chaos.config.ts` builds on this one.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // At least two: vitest's default on a 2-core machine (cores - 1) runs one file at a time, while
    // much of this suite waits on sockets, stalls and a child process rather than computing.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker runs its files one after another in one module graph, so the client and fetch load
    // once per worker rather than once per file. No file mocks modules; each removes the process
    // listeners it adds, and env stubs are undone after every test.
    isolate: false,
    unstubEnvs: true,
    // The listing properties run side by side (describe.concurrent), each mostly waiting on stalls.
    maxConcurrency: 10,
    // Hang guards, not speed checks: generous, for a machine where every package tests at once.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    sequence: { sequencer: SlowFirst },
  },
});
