import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// The end-to-end test builds the package and runs every case at tiny size.
export default defineConfig({ test: { ...sharedTest, name: 'bench' } });
