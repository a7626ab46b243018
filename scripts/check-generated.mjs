#!/usr/bin/env node
// Fails when the committed generated types differ from what the specs generate today.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateAll } from './generate-types.mjs';
import { repoRoot } from './lib/apis.mjs';

// Usage: node scripts/check-generated.mjs [--config redocly.yaml]
const { values } = parseArgs({ options: { config: { type: 'string' } } });
const config = values.config ? path.resolve(values.config) : undefined;
const shownFrom = config ? path.dirname(config) : repoRoot;

const tempDir = await mkdtemp(path.join(tmpdir(), 'orgdir-generated-'));
try {
  const written = await generateAll({ outDir: tempDir, config });
  const problems = [];
  for (const { api, target } of written) {
    const fresh = await readFile(target, 'utf8');
    const committed = await readFile(api.outputPath, 'utf8').catch(() => null);
    const rel = path.relative(shownFrom, api.outputPath);
    if (committed === null) problems.push(`${rel} is missing (spec ${api.root})`);
    else if (committed !== fresh) problems.push(`${rel} is stale: it no longer matches ${api.root}`);
  }
  const expected = new Set(written.map(({ api }) => path.resolve(api.outputPath)));
  const dirs = new Set(written.map(({ api }) => path.dirname(api.outputPath)));
  for (const dir of dirs) {
    for (const file of await readdir(dir)) {
      const full = path.resolve(dir, file);
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
