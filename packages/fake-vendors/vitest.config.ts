import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// One module graph per worker, not per file: no file mocks a module or changes process-wide state.
export default defineConfig({ test: { ...sharedTest, name: 'fake-vendors', isolate: false } });
