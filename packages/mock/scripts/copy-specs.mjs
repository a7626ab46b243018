#!/usr/bin/env node
// prepack: copies each vendor's spec (as redocly.yaml declares it) into this package's specs/,
// so an installed @orgdir/mock (and the orgdir CLI) mocks the specs it was released with.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecPaths } from '../dist/specs.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../specs');
await mkdir(target, { recursive: true });
for (const [vendor, spec] of Object.entries(await loadSpecPaths())) {
  await copyFile(spec, path.join(target, `${vendor}.yaml`));
}
