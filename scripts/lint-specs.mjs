#!/usr/bin/env node
// Lints every API in redocly.yaml and fails on any problem, warnings included:
// `redocly lint` alone exits 0 when it only warns.
// Usage: node scripts/lint-specs.mjs [--config path/to/redocly.yaml]
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './lib/apis.mjs';
import { runIfEntryPoint } from './lib/cli-io.mjs';
import { withoutBanner } from './lib/redocly.mjs';

const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/**
 * One problem of `redocly lint --format=json`, as far as this script reads it.
 * @typedef {{ ruleId: string, severity: string, message: string,
 *   location?: Array<{ source?: { ref?: string }, pointer?: string, start?: { line: number, col: number } }> }} Problem
 */

/**
 * Runs `redocly lint --format=json` on a config; resolves with its output whatever its exit code,
 * and with why it failed when it printed nothing (e.g. it could not start).
 * @param {string} config
 * @returns {Promise<{ stdout: string, stderr: string, failure?: string }>}
 */
function lintJson(config) {
  const args = [redocly, 'lint', `--config=${config}`, '--format=json', '--max-problems=500'];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: path.dirname(config),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
      (error, stdout, stderr) =>
        resolve({ stdout, stderr, ...(error && !stdout && !stderr ? { failure: error.message } : {}) }),
    );
  });
}

/**
 * The JSON documents Redocly prints back to back, one per API (`}{` between them), or undefined
 * when the output is not that.
 * @param {string} stdout
 * @returns {Array<{ totals: { errors: number, warnings: number }, problems: Problem[] }> | undefined}
 */
function reports(stdout) {
  // Pretty-printed: only a document's own closing brace starts a line.
  const parts = stdout.trim().split(/(?<=^\})(?=\{)/m);
  try {
    const parsed = parts.map((part) => JSON.parse(part));
    return parsed.every((r) => typeof r?.totals?.errors === 'number' && Array.isArray(r.problems)) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** One problem as `file:line:col  severity  rule  message`. @param {Problem} problem */
function problemLine(problem) {
  const at = problem.location?.[0];
  const where = at?.start
    ? `${at.source?.ref ?? '?'}:${at.start.line}:${at.start.col}`
    : `${at?.source?.ref ?? '?'} ${at?.pointer ?? ''}`.trim();
  return `${where}  ${problem.severity}  ${problem.ruleId}  ${problem.message}`;
}

/**
 * The CLI: parses `argv` (without the node and script paths), lints, returns the exit code.
 * @param {string[]} argv @param {import('./lib/cli-io.mjs').CliIo} io
 * @returns {Promise<number>}
 */
export async function run(argv, io) {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string' } } });
  const config = path.resolve(io.cwd, values.config ?? path.join(repoRoot, 'redocly.yaml'));
  const { stdout, stderr, failure } = await lintJson(config);
  const found = reports(stdout);
  if (found === undefined || found.length === 0) {
    const shown = [stdout.trim(), withoutBanner(stderr), failure ?? ''].filter(Boolean);
    io.stderr.write(`${[...shown, 'lint:specs: could not read the linter output'].join('\n')}\n`);
    return 1;
  }
  const totals = { errors: 0, warnings: 0 };
  for (const report of found) {
    totals.errors += report.totals.errors;
    totals.warnings += report.totals.warnings;
  }
  if (totals.errors + totals.warnings > 0) {
    const lines = found.flatMap((report) => report.problems.map(problemLine));
    lines.push(`lint:specs: ${totals.errors} error(s) and ${totals.warnings} warning(s); the specs must lint clean.`);
    io.stderr.write(`${lines.join('\n')}\n`);
    return 1;
  }
  io.stdout.write('lint:specs: every spec in redocly.yaml lints clean (0 errors, 0 warnings).\n');
  return 0;
}

await runIfEntryPoint(import.meta.url, run);
