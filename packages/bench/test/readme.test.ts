import { describe, expect, it } from 'vitest';
import { row } from '../src/harness.js';
import { MARKERS, parseResults, readmeTable, replaceBetweenMarkers } from '../src/readme.js';
import { toResults } from '../src/report.js';

const results = {
  environment: {
    node: 'v20.20.2',
    cpu: 'Test CPU',
    cores: 2,
    platform: 'linux/x64',
    loadAverage: [0.5, 0.4, 0.3] as [number, number, number],
    startedAt: '2026-12-01T23:00:00.000Z',
  },
  rows: toResults([
    row('Telnyx paging', [100, 120, 110], 'telnyx SDK', [1000, 1000, 1000], 'ms'),
    row('memory', 40, 'budget 50 MB', 50, 'MB'),
  ]),
};

describe('readmeTable', () => {
  it('states the environment and one line per row, with median ± half the spread and the ratio', () => {
    const text = readmeTable(results);
    expect(text).toContain('Node v20.20.2 on Test CPU (2 cores, linux/x64), load average 0.5 / 0.4 / 0.3');
    expect(text).toContain('| Telnyx paging | 110 ±10.0 ms | telnyx SDK 1000 ±0.00 ms | 0.11× |');
    expect(text).toContain('| memory | 40.0 MB | budget 50 MB 50.0 MB | 0.80× |');
  });
});

describe('replaceBetweenMarkers', () => {
  it('replaces only what is between the markers, and again the same way', () => {
    const readme = `# x\n${MARKERS.start}\nold\n${MARKERS.end}\nafter\n`;
    const once = replaceBetweenMarkers(readme, 'new');
    expect(once).toBe(`# x\n${MARKERS.start}\nnew\n${MARKERS.end}\nafter\n`);
    expect(replaceBetweenMarkers(once, 'new')).toBe(once);
  });

  it('refuses a README without the markers', () => {
    expect(() => replaceBetweenMarkers('# x\n', 'new')).toThrow(/needs the markers/);
  });
});

describe('parseResults', () => {
  it('refuses the old format (a bare array of rows), saying to rerun the bench', () => {
    expect(() => parseResults('[]', 'results.json')).toThrow(/rerun `pnpm bench`/);
    expect(parseResults(JSON.stringify(results), 'results.json')).toEqual(results);
  });
});
