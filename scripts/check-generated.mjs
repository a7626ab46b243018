#!/usr/bin/env node
// Fails when the committed generated types differ from what the specs generate today.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateAll } from './generate-types.mjs';
import { generateAllValidators } from './generate-validators.mjs';
import { repoRoot } from './lib/apis.mjs';

// Usage: node scripts/check-generated.mjs [--config redocly.yaml]
const { values } = parseArgs({ options: { config: { type: 'string' } } });
const config = values.config ? path.resolve(values.config) : undefined;
const shownFrom = config ? path.dirname(config) : repoRoot;

const tempDir = await mkdtemp(path.join(tmpdir(), 'orgdir-generated-'));
try {
  const types = await generateAll({ outDir: tempDir, config });
  const validators = await generateAllValidators({ outDir: tempDir, config });
  const written = [
    ...types.map(({ api, target }) => ({ api, target, committed: api.outputPath })),
    ...validators.map(({ api, target, committed }) => ({ api, target, committed })),
  ];
  const problems = [];
  for (const { api, target, committed: committedPath } of written) {
    const fresh = await readFile(target, 'utf8');
    const committed = await readFile(committedPath, 'utf8').catch(() => null);
    const rel = path.relative(shownFrom, committedPath);
    if (committed === null) problems.push(`${rel} is missing (spec ${api.root})`);
    else if (committed !== fresh) problems.push(`${rel} is stale: it no longer matches ${api.root}`);
  }
  const expected = new Set(written.map(({ committed }) => path.resolve(committed)));
  const dirs = new Set(written.map(({ committed }) => path.dirname(committed)));
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.resolve(dir, entry.name);
      // A folder of generated files (validators/) is checked file by file as a directory of its own.
      if (entry.isDirectory() && dirs.has(full)) continue;
      if (!expected.has(full))
        problems.push(`${path.relative(shownFrom, full)} is not generated from any spec in redocly.yaml`);
    }
  }
  if (problems.length > 0) {
    console.error('check:generated: the generated types do not match the specs:');
    for (const p of problems) console.error(`  - ${p}`);
    console.error('Fix: run `pnpm generate` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`check:generated: ${written.length} generated files match their specs.`);
  }
} finally {
  await rm(tempDir, { recursive: true, force: true });
}
