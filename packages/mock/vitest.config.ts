import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// One module graph per worker, not per file: no file mocks a module, and the one that sets an
// environment variable restores it.
export default defineConfig({ test: { ...sharedTest, name: 'mock', isolate: false } });
