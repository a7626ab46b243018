import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { ReportRow, ResultRow } from './harness.js';

/** Node version and CPU model, printed above every table. */
export function environment(): string {
  const cpu = cpus();
  return `Node ${process.version} · ${cpu[0]?.model.trim() ?? 'unknown CPU'} (${cpu.length} cores) · ${process.platform}/${process.arch}`;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** Renders rows as a Markdown table (readable in a terminal, pasteable into the README). */
export function table(rows: readonly ReportRow[]): string {
  const header = ['case', 'orgdir', 'peer', 'peer value', 'unit', 'ratio', 'target'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.orgdir),
    r.peerName,
    fmt(r.peer),
    r.unit,
    `${r.ratio.toFixed(2)}×`,
    r.target === undefined ? '' : `${r.target} ${r.met ? '✓' : '✗'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** Only the six fields, in its order. */
export function toResults(rows: readonly ReportRow[]): ResultRow[] {
  return rows.map(({ name, orgdir, peer, peerName, unit, ratio }) => ({ name, orgdir, peer, peerName, unit, ratio }));
}

/** Writes `bench/results.json`. */
export async function writeResults(path: string, rows: readonly ReportRow[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(toResults(rows), null, 2)}\n`);
}
