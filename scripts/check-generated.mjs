#!/usr/bin/env node
// Fails when the committed generated types differ from what the specs generate today.
// Usage: node scripts/check-generated.mjs [--config redocly.yaml]
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateAll } from './generate-types.mjs';
import { generateAllValidators } from './generate-validators.mjs';
import { repoRoot } from './lib/apis.mjs';
import { runIfEntryPoint } from './lib/cli-io.mjs';

/**
 * Generates every module of a Redocly config into a temp dir and compares it with the committed one.
 * @param {{ config?: string | undefined }} [options] the config (absolute path); by default the repository's
 * @returns {Promise<{ problems: string[], checked: number }>} what is missing, stale or orphaned, and how many files were compared
 */
export async function checkGenerated({ config } = {}) {
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
    return { problems, checked: written.length };
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

/**
 * The CLI: parses `argv` (without the node and script paths), prints the verdict, returns the exit code.
 * @param {string[]} argv @param {import('./lib/cli-io.mjs').CliIo} io
 * @returns {Promise<number>}
 */
export async function run(argv, io) {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string' } } });
  const config = values.config ? path.resolve(io.cwd, values.config) : undefined;
  const { problems, checked } = await checkGenerated({ config });
  if (problems.length > 0) {
    const lines = ['check:generated: the generated types do not match the specs:', ...problems.map((p) => `  - ${p}`)];
    lines.push('Fix: run `pnpm generate` and commit the result.');
    io.stderr.write(`${lines.join('\n')}\n`);
    return 1;
  }
  io.stdout.write(`check:generated: ${checked} generated files match their specs.\n`);
  return 0;
}

await runIfEntryPoint(import.meta.url, run);
