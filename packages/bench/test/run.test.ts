import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
let outDir: string;
let stdout: string;
let results: unknown;

// The benchmark runs as it ships, `node dist/run.js` (turbo builds dist/ before this test, as it does
// for the CLI's end-to-end tests), here at tiny size so every case (servers, peers, orgdir, the
// memory child process) runs once and cannot rot.
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'orgdir-bench-'));
  const out = join(outDir, 'results.json');
  ({ stdout } = await exec(process.execPath, ['dist/run.js', '--size', 'tiny', '--out', out], { cwd: packageDir }));
  results = JSON.parse(await readFile(out, 'utf8'));
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('pnpm bench --size tiny', () => {
  it('keeps the environment the run was measured in', () => {
    expect((results as { environment: unknown }).environment).toEqual({
      node: process.version,
      cpu: expect.any(String),
      cores: expect.any(Number),
      platform: `${process.platform}/${process.arch}`,
      loadAverage: [expect.any(Number), expect.any(Number), expect.any(Number)],
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('writes one row per (case, peer) with exactly the documented fields, medians with their spread', () => {
    const rows = (results as { rows: object[] }).rows;
    for (const r of rows) {
      expect(Object.keys(r)).toEqual([
        'name',
        'orgdir',
        'peer',
        'peerName',
        'unit',
        'ratio',
        'orgdirSpread',
        'peerSpread',
        'rounds',
      ]);
      expect(r).toEqual({
        name: expect.any(String),
        orgdir: expect.any(Number),
        peer: expect.any(Number),
        peerName: expect.any(String),
        unit: expect.any(String),
        ratio: expect.any(Number),
        orgdirSpread: expect.any(Number),
        peerSpread: expect.any(Number),
        rounds: expect.any(Number),
      });
    }
  });

  it('covers every case of the issue, each against its peers', () => {
    const rows = (results as { rows: Array<{ name: string; peerName: string }> }).rows;
    const peersOf = (prefix: string) => rows.filter((r) => r.name.startsWith(prefix)).map((r) => r.peerName);
    expect(new Set(peersOf('request overhead'))).toEqual(new Set(['raw fetch', 'openapi-fetch', 'telnyx SDK']));
    expect(new Set(peersOf('Telnyx paging'))).toEqual(new Set(['telnyx SDK for await', 'naive sequential loop']));
    expect(peersOf('OpenAI cursor paging')).toEqual(['openai SDK for await']);
    expect(peersOf('CSV report')).toEqual(['csv-parse/sync', 'papaparse']);
    expect(peersOf('memory')).toEqual(['telnyx SDK for await', 'naive fetch loop', 'budget 50 MB']);
    expect(peersOf('seen-id set')).toEqual(['budget 16 B/user']);
    expect(peersOf('validate report')).toEqual(["validate 'off'", "validate 'off'"]);
    expect(peersOf('rate-limited paging')).toEqual([
      expect.stringMatching(/^best fixed concurrency \d$/),
      'budget 10%',
    ]);
    expect(rows).toHaveLength(6 + 4 + 2 + 1 + 2 + 3 + 1 + 2);
  });

  it('computes ratio as orgdir / peer', () => {
    const rows = (results as { rows: Array<{ orgdir: number; peer: number; ratio: number }> }).rows;
    // Tiny memory runs can grow by too little to compare; every timed row has a positive peer.
    for (const r of rows.filter((r) => r.peer > 0.01)) {
      expect(r.ratio).toBeCloseTo(r.orgdir / r.peer, 1);
    }
    expect(rows.filter((r) => r.peer > 0.01).length).toBeGreaterThanOrEqual(12);
  });

  it('prints the Node version and CPU model with the table', () => {
    expect(stdout).toContain(`Node ${process.version}`);
    expect(stdout).toMatch(/\| case +\| orgdir +\|/);
  });
});
