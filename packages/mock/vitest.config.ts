import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// One module graph per worker, not per file: no file mocks a module, and the one that sets an
// environment variable restores it. A process per worker (forks, not the shared threads): the
// tests check that every Prism they start is gone by listing this process's children, which
// must not include the Prism processes other projects' workers start at the same time.
export default defineConfig({ test: { ...sharedTest, name: 'mock', isolate: false, pool: 'forks' } });
