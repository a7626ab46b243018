// `pnpm bench:readme`: rewrites the README's benchmark table from bench/results.json.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './repo-root.js';
import { fmt, type Results, withSpread } from './report.js';

/** The markers the table sits between in the README. */
export const MARKERS = { start: '<!-- bench:start (pnpm bench:readme) -->', end: '<!-- bench:end -->' } as const;

/** The README section for `results`: where it was measured, then one line per (case, peer). */
export function readmeTable(results: Results): string {
  const env = results.environment;
  const rounds = Math.max(...results.rows.map((r) => r.rounds));
  const lines = [
    `Measured with Node ${env.node} on ${env.cpu} (${env.cores} cores, ${env.platform}), load average ` +
      `${env.loadAverage.join(' / ')} (1 / 5 / 15 min) at the start, ${env.startedAt.slice(0, 10)}. ` +
      `Figures are medians over up to ${rounds} rounds, ± half the spread (max − min); ratio = orgdir / peer, lower is better.`,
    '',
    '| case | orgdir | peer | ratio |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of results.rows) {
    const orgdir = `${withSpread(r.orgdir, r.orgdirSpread, r.rounds)} ${r.unit}`;
    const peer = `${r.peerName} ${withSpread(r.peer, r.peerSpread, r.rounds)} ${r.unit}`;
    lines.push(`| ${r.name} | ${orgdir} | ${peer} | ${r.peer === 0 ? '—' : `${fmt(r.ratio)}×`} |`);
  }
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by `section`; throws when a marker is missing. */
export function replaceBetweenMarkers(readme: string, section: string): string {
  const start = readme.indexOf(MARKERS.start);
  const end = readme.indexOf(MARKERS.end);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${MARKERS.start} and ${MARKERS.end}, in that order.`);
  }
  return `${readme.slice(0, start + MARKERS.start.length)}\n${section}\n${readme.slice(end)}`;
}

/** Checks that `value` is a results file of the current shape (environment plus rows). */
export function parseResults(text: string, path: string): Results {
  const value = JSON.parse(text) as Partial<Results> | unknown[];
  if (Array.isArray(value) || typeof value?.environment !== 'object' || !Array.isArray(value.rows)) {
    throw new Error(`${path} has no environment or rows: rerun \`pnpm bench\` to write it in the current format.`);
  }
  return value as Results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { results: { type: 'string' }, readme: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  const resultsPath = values.results ? resolve(values.results) : join(repoRoot(), 'bench', 'results.json');
  const readmePath = values.readme ? resolve(values.readme) : join(repoRoot(), 'README.md');
  const results = parseResults(await readFile(resultsPath, 'utf8'), resultsPath);
  const before = await readFile(readmePath, 'utf8');
  const after = replaceBetweenMarkers(before, readmeTable(results));
  if (values.check) {
    if (after !== before) {
      console.error(`${readmePath}: the benchmark table is not ${resultsPath}'s; run \`pnpm bench:readme\`.`);
      process.exit(1);
    }
  } else {
    await writeFile(readmePath, after);
    console.log(`wrote the benchmark table of ${readmePath} from ${resultsPath} (${results.rows.length} rows)`);
  }
}
