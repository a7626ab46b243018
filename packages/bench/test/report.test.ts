import { describe, expect, it } from 'vitest';
import { row } from '../src/harness.js';
import { environment, table, toResults } from '../src/report.js';

const rows = [
  row('paging', 50, 'sdk', 100, 'ms', { text: 'ratio ≤ 0.17', maxRatio: 0.17 }),
  row('paging', 50, 'naive loop', 100, 'ms'),
];

describe('toResults', () => {
  it('keeps only the documented fields, in order', () => {
    const fields = ['name', 'orgdir', 'peer', 'peerName', 'unit', 'ratio', 'orgdirSpread', 'peerSpread', 'rounds'];
    expect(toResults(rows).map((r) => Object.keys(r))).toEqual([fields, fields]);
  });

  it('reports the median and the spread (max − min) of the rounds', () => {
    const [r] = toResults([row('paging', [30, 10, 20], 'sdk', [100, 140, 120], 'ms')]);
    expect(r).toMatchObject({ orgdir: 20, orgdirSpread: 20, peer: 120, peerSpread: 40, rounds: 3, ratio: 0.167 });
  });
});

describe('table', () => {
  it('prints one aligned line per row with the verdict against the target', () => {
    const lines = table(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines[2]).toContain('0.50×');
    expect(lines[2]).toContain('ratio ≤ 0.17 ✗');
    expect(lines[3]).not.toMatch(/[✓✗]/);
  });
});

describe('environment', () => {
  it('names the Node version and the CPU', () => {
    expect(environment()).toMatch(
      new RegExp(`^Node ${process.version} · .+ \\(\\d+ cores\\) · .+ · load [\\d.]+ [\\d.]+ [\\d.]+$`),
    );
  });
});
