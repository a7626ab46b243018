#!/usr/bin/env node
// @ts-check
// `pnpm check:readme`: fails, naming the table and the command that rewrites it, when a table the
// READMEs carry is not what its source generates today. The gate runs this instead of reading the
// READMEs inside the test suites, so a README edit re-runs this check and no suite.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './lib/apis.mjs';
import { isEntryPoint } from './lib/cli-io.mjs';
import { withRulesTable } from './spec-diff/readme-rules.mjs';

/**
 * One generated table: the README it lives in, what its current text should contain or be, and the
 * command that rewrites it.
 * @typedef {{ name: string, readme: string, fix: string, isCurrent: (text: string) => boolean }} Table
 */

/**
 * The tables, built from the built CLI and bench (the gate builds them before this runs).
 * @param {string} root
 * @returns {Promise<Table[]>}
 */
export async function generatedTables(root) {
  const fromPackage = (/** @type {string} */ file) => import(pathToFileURL(path.join(root, 'packages', file)).href);
  /** @type {{ rulesMarkdown: () => string }} */
  const review = await fromPackage('cli/dist/review/rules.js');
  /** @type {{ parseResults: (text: string, path: string) => unknown, readmeTable: (results: unknown) => string, replaceBetweenMarkers: (readme: string, section: string) => string }} */
  const bench = await fromPackage('bench/dist/readme.js');
  const resultsPath = path.join(root, 'bench', 'results.json');
  const results = bench.parseResults(await readFile(resultsPath, 'utf8'), resultsPath);
  const reviewTable = review.rulesMarkdown();
  return [
    {
      name: 'the spec-diff table of rules',
      readme: 'README.md',
      fix: 'pnpm spec:rules',
      isCurrent: (text) => withRulesTable(text) === text,
    },
    {
      name: 'the review table of rules',
      readme: 'README.md',
      fix: 'copy rulesMarkdown() of packages/cli/src/review/rules.ts',
      isCurrent: (text) => text.includes(reviewTable),
    },
    {
      name: 'the review table of rules',
      readme: 'packages/cli/README.md',
      fix: 'copy rulesMarkdown() of packages/cli/src/review/rules.ts',
      isCurrent: (text) => text.includes(reviewTable),
    },
    {
      name: 'the benchmark table',
      readme: 'README.md',
      fix: 'pnpm bench:readme',
      isCurrent: (text) => bench.replaceBetweenMarkers(text, bench.readmeTable(results)) === text,
    },
  ];
}

/**
 * The stale tables of the READMEs under `root`, one line each.
 * @param {string} root
 * @param {(file: string) => Promise<string>} [read] reads a README by its path from `root`
 * @returns {Promise<string[]>}
 */
export async function staleTables(root, read = (file) => readFile(path.join(root, file), 'utf8')) {
  const stale = [];
  for (const table of await generatedTables(root)) {
    const text = await read(table.readme);
    let current;
    try {
      current = table.isCurrent(text);
    } catch (error) {
      stale.push(`${table.readme}: ${table.name}: ${/** @type {Error} */ (error).message}`);
      continue;
    }
    if (!current) stale.push(`${table.readme}: ${table.name} is stale: ${table.fix}`);
  }
  return stale;
}

if (isEntryPoint(import.meta.url)) {
  const stale = await staleTables(repoRoot);
  for (const line of stale) console.error(`check:readme: ${line}`);
  if (stale.length === 0) console.log('check:readme: every generated README table is current.');
  process.exitCode = stale.length === 0 ? 0 : 1;
}
