import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...sharedTest,
    name: 'contract-tests',
    globalSetup: ['./src/global-setup.ts'],
    // The files share the loaded specs and compiled schemas; none of them changes global state.
    isolate: false,
  },
});
