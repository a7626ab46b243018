import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The file that starts Prism (seconds of CPU per mock). */
const PRISM_FILE = /[/\\]test[/\\]e2e[/\\]prism\.test\.ts$/;

/**
 * Runs the Prism file first, so its slow startup overlaps the rest of the suite on the other worker
 * instead of trailing at the end (vitest's default order is by past duration, or by size when cold).
 */
class PrismFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => PRISM_FILE.test(f.moduleId);
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

// Most cases run in-process (main() with injected io); test/e2e/ spawns the built binary and Prism.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two workers at most: the machine has two cores, and the child processes need them too.
    maxWorkers: 2,
    // Threads without per-file isolation: importing vitest, commander and the client once per worker
    // instead of once per file halves the in-process cost. No test changes process-wide state that
    // it does not restore (test/connections.test.ts unmocks @orgdir/mock, test/lifecycle.test.ts
    // resets the modules it re-imports and removes the signal handlers it installs).
    pool: 'threads',
    isolate: false,
    // Generous: a loaded 2-core machine makes each child process slow. No test asserts a duration.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    sequence: { sequencer: PrismFirst },
  },
});
