import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// Most cases run in-process (main() with injected io); test/e2e/ spawns the built binary and Prism.
export default defineConfig({
  test: {
    ...sharedTest,
    name: 'cli',
    // No per-file isolation: importing vitest, commander and the client once per worker instead of
    // once per file halves the in-process cost. No test changes process-wide state that
    // it does not restore (test/connections.test.ts unmocks @orgdir/mock, test/lifecycle.test.ts
    // resets the modules it re-imports and removes the signal handlers it installs, test/env-options.test.ts
    // unstubs the ORGDIR_* variables it sets; a worker thread has an environment of its own).
    isolate: false,
  },
});
