import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import type { ReportRow, ResultRow } from './harness.js';

/** Where a run was measured: `bench/results.json` keeps it with the figures. */
export interface Environment {
  node: string;
  cpu: string;
  cores: number;
  platform: string;
  /** 1, 5 and 15-minute load averages when the run started (a busy machine skews every ratio). */
  loadAverage: [number, number, number];
  /** ISO time the run started. */
  startedAt: string;
}

/** What `bench/results.json` holds. */
export interface Results {
  environment: Environment;
  rows: ResultRow[];
}

/** The machine and Node version this process runs on, with its load average now. */
export function measureEnvironment(now = new Date()): Environment {
  const cpu = cpus();
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return {
    node: process.version,
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    platform: `${process.platform}/${process.arch}`,
    loadAverage: [round2(one), round2(five), round2(fifteen)],
    startedAt: now.toISOString(),
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Node version, CPU model, cores and load average, printed above every table. */
export function environment(env: Environment = measureEnvironment()): string {
  return `Node ${env.node} · ${env.cpu} (${env.cores} cores) · ${env.platform} · load ${env.loadAverage.join(' ')}`;
}

/** A figure for a table: 3 significant digits or so. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** A median with its spread over rounds, e.g. `120 ±8`; a single round shows the value alone. */
export function withSpread(median: number, spread: number, rounds: number): string {
  return rounds > 1 ? `${fmt(median)} ±${fmt(spread / 2)}` : fmt(median);
}

/** Renders rows as a Markdown table (readable in a terminal, pasteable into the README). */
export function table(rows: readonly ReportRow[]): string {
  const header = ['case', 'orgdir', 'peer', 'peer value', 'unit', 'ratio', 'target'];
  const body = rows.map((r) => [
    r.name,
    withSpread(r.orgdir, r.orgdirSpread, r.rounds),
    r.peerName,
    withSpread(r.peer, r.peerSpread, r.rounds),
    r.unit,
    `${r.ratio.toFixed(2)}×`,
    r.target === undefined ? '' : `${r.target} ${r.met ? '✓' : '✗'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** The documented fields of each row, in order (no targets: those are the code's, not the run's). */
export function toResults(rows: readonly ReportRow[]): ResultRow[] {
  return rows.map(({ name, orgdir, peer, peerName, unit, ratio, orgdirSpread, peerSpread, rounds }) => ({
    name,
    orgdir,
    peer,
    peerName,
    unit,
    ratio,
    orgdirSpread,
    peerSpread,
    rounds,
  }));
}

/** Writes `bench/results.json`: the environment and the rows. */
export async function writeResults(path: string, rows: readonly ReportRow[], env: Environment): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const results: Results = { environment: env, rows: toResults(rows) };
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
