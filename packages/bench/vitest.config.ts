import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// The end-to-end test runs the built bench (dist/run.js) with every case at tiny size. One module graph per
// worker, not per file: no file mocks a module or changes process-wide state.
export default defineConfig({ test: { ...sharedTest, name: 'bench', isolate: false } });
