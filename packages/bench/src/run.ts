// `pnpm bench`: runs the benchmarks of issue 7, prints a table and writes bench/results.json.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES, DEFAULT_CASES } from './cases/index.js';
import type { ReportRow, Size } from './harness.js';
import { repoRoot } from './repo-root.js';
import { environment, measureEnvironment, table, writeResults } from './report.js';

const USAGE = `usage: node dist/run.js [--size full|tiny] [--out <file>] [--gate] [--only <id,...>]
  --size   full (default) runs the issue's sizes; tiny shrinks every case to seconds
  --out    results file (default: <repo>/bench/results.json)
  --gate   also time the whole \`pnpm test\` gate, cold and warm (slow)
  --only   run only these cases: ${CASES.map((c) => c.id).join(', ')}`;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    out: { type: 'string' },
    gate: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.size !== 'full' && values.size !== 'tiny') {
  console.error(`unknown --size ${values.size}\n${USAGE}`);
  process.exit(2);
}
const size: Size = values.size;
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((id) => !CASES.some((c) => c.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown case ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const selected = only ? CASES.filter((c) => only.includes(c.id)) : values.gate ? CASES : DEFAULT_CASES;
const out = values.out ? resolve(values.out) : join(repoRoot(), 'bench', 'results.json');

const env = measureEnvironment();
console.log(`orgdir bench (${size}) — ${environment(env)}`);
const started = performance.now();
const rows: ReportRow[] = [];
const notes: string[] = [];
for (const c of selected) {
  const t0 = performance.now();
  console.log(`\n▶ ${c.id}`);
  const result = await c.run({ size, log: (m) => console.log(m) });
  rows.push(...result.rows);
  notes.push(...result.notes);
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\n${environment(env)}\n`);
console.log(table(rows));
for (const note of notes) console.log(`\n${note}`);
await writeResults(out, rows, env);
console.log(`\nwrote ${out} · total ${((performance.now() - started) / 1000).toFixed(0)} s`);
