#!/usr/bin/env node
// Lints every API in redocly.yaml and fails on any problem, warnings included:
// `redocly lint` alone exits 0 when it only warns.
// Usage: node scripts/lint-specs.mjs [--config path/to/redocly.yaml]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './lib/apis.mjs';

const { values } = parseArgs({ options: { config: { type: 'string' } } });
const config = path.resolve(values.config ?? path.join(repoRoot, 'redocly.yaml'));
const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

const run = (/** @type {'json' | 'stylish'} */ format) =>
  spawnSync(process.execPath, [redocly, 'lint', `--config=${config}`, `--format=${format}`, '--max-problems=500'], {
    cwd: path.dirname(config),
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });

// One JSON document per API, printed back to back: add up their totals.
const json = run('json');
const totals = { errors: 0, warnings: 0 };
const found = [...json.stdout.matchAll(/"totals":\s*\{\s*"errors":\s*(\d+),\s*"warnings":\s*(\d+)/g)];
if (found.length === 0) {
  console.error(json.stdout, json.stderr);
  console.error('lint:specs: could not read the linter output');
  process.exit(1);
}
for (const [, errors, warnings] of found) {
  totals.errors += Number(errors);
  totals.warnings += Number(warnings);
}
if (totals.errors + totals.warnings > 0) {
  const readable = run('stylish');
  console.error(readable.stdout || readable.stderr);
  console.error(`lint:specs: ${totals.errors} error(s) and ${totals.warnings} warning(s); the specs must lint clean.`);
  process.exit(1);
}
console.log('lint:specs: every spec in redocly.yaml lints clean (0 errors, 0 warnings).');
