import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { parseCsv } from '../support/assertions.js';
import { runMain } from '../support/run-main.js';
import { person, snapshot } from '../support/snapshots.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgdir-diff-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let counter = 0;
/** Writes a snapshot (or any text) to a fresh file and returns its path. */
async function file(content: Snapshot | string): Promise<string> {
  const path = join(dir, `s${counter++}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const ADA = person({ id: 't-1', email: 'ada@example.com', groups: ['Eng'] });
const BOB = person({ id: 't-2', email: 'bob@example.com' });
const EVE = person({ id: 'f-1', vendor: 'flashback', email: 'eve@example.com' });
const BEFORE = snapshot([ADA, BOB, EVE]);
const AFTER = snapshot([{ ...ADA, status: 'disabled', groups: ['Sales', 'Eng'] }, person({ id: 't-3' }), EVE]);

async function diff(before: Snapshot | string, after: Snapshot | string, args: string[] = []) {
  return runMain(['diff', await file(before), await file(after), ...args]);
}

describe('orgdir diff', () => {
  it('--format json prints exactly the documented shape; changes exit 1', async () => {
    const result = await diff(BEFORE, AFTER, ['--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      vendors: [
        {
          vendor: 'telnyx',
          comparable: true,
          added: ['t-3'],
          removed: ['t-2'],
          changed: [
            { id: 't-1', field: 'status', from: 'active', to: 'disabled' },
            { id: 't-1', field: 'groups', from: ['Eng'], to: ['Eng', 'Sales'] },
          ],
        },
        { vendor: 'flashback', comparable: true, added: [], removed: [], changed: [] },
      ],
    });
  });

  it.each(['table', 'json', 'md', 'csv'])('--format %s: no changes exit 0', async (format) => {
    const result = await diff(BEFORE, BEFORE, ['--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('table: one row per change with the email, then a summary per vendor', async () => {
    const { stdout } = await diff(BEFORE, AFTER);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VENDOR +CHANGE +ID +EMAIL +FIELD +FROM +TO$/);
    expect(lines.slice(1, 5).map((l) => l.split(/ {2,}/).slice(0, 3))).toEqual([
      ['telnyx', 'added', 't-3'],
      ['telnyx', 'removed', 't-2'],
      ['telnyx', 'changed', 't-1'],
      ['telnyx', 'changed', 't-1'],
    ]);
    expect(lines).toContain('telnyx: 1 added, 1 removed, 2 changed');
    expect(lines).toContain('flashback: 0 added, 0 removed, 0 changed');
  });

  it('csv: one row per change, groups joined by "; ", formulas neutralised', async () => {
    const evil = { ...ADA, name: '=cmd|"/c calc"!A1' };
    const { stdout } = await diff(snapshot([ADA]), snapshot([evil]), ['--format', 'csv']);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(['vendor', 'change', 'id', 'email', 'field', 'from', 'to', 'note']);
    expect(rows[1]).toEqual(['telnyx', 'changed', 't-1', 'ada@example.com', 'name', '', `'=cmd|"/c calc"!A1`, '']);
    const groups = parseCsv((await diff(BEFORE, AFTER, ['--format', 'csv'])).stdout).find((r) => r[4] === 'groups');
    expect(groups?.slice(5, 7)).toEqual(['Eng', 'Eng; Sales']);
  });

  it('md: a summary list and a table whose cells cannot inject markup', async () => {
    const evil = { ...ADA, name: '<img src=x onerror=alert(1)> | [link](http://evil.example)' };
    const { stdout, code } = await diff(snapshot([ADA]), snapshot([evil]), ['--format', 'md']);
    expect(code).toBe(1);
    expect(stdout).toContain('- telnyx: 1 added'.replace('1 added', '0 added, 0 removed, 1 changed'));
    const row = stdout.split('\n').find((l) => l.includes('t-1')) ?? '';
    expect(row).not.toContain('<img');
    expect(row).not.toContain('](');
    // Exactly the eight column borders: the name's pipe is escaped.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(8);
  });

  it('a vendor failed in the new snapshot is not comparable, never "all removed"; a notice says why', async () => {
    const failed = snapshot([ADA, BOB], { flashback: { status: 'failed', users: 0, error: 'flashback: 500' } });
    const result = await diff(BEFORE, failed, ['--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('orgdir: flashback: not compared: failed in the new snapshot\n');
    const flashback = (JSON.parse(result.stdout) as { vendors: Array<{ vendor: string }> }).vendors[1];
    expect(flashback).toEqual({ vendor: 'flashback', comparable: false, added: [], removed: [], changed: [] });
    expect((await diff(BEFORE, failed)).stdout).toContain('flashback: not comparable (failed in the new snapshot)');
  });

  it('--fail-on-incomplete turns a vendor that is not comparable into exit 2, output still printed', async () => {
    const skipped = snapshot([ADA, BOB], { flashback: { status: 'skipped', users: 0 } });
    const result = await diff(BEFORE, skipped, ['--format', 'json', '--fail-on-incomplete']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toHaveProperty('vendors');
    expect((await diff(BEFORE, BEFORE, ['--fail-on-incomplete'])).code).toBe(0);
  });

  it('--output writes the report atomically', async () => {
    const out = join(dir, 'changes.md');
    const result = await runMain(['diff', await file(BEFORE), await file(AFTER), '-f', 'md', '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toContain('## Directory changes');
  });
});

describe('orgdir diff: input errors exit 2 naming the file', () => {
  it.each([
    ['invalid JSON', '{"schemaVersion":', /invalid JSON/],
    [
      'not a snapshot (a directory --format json)',
      JSON.stringify({ vendors: [], users: [] }),
      /schemaVersion must be present/,
    ],
    ['an unknown schemaVersion', JSON.stringify({ ...BEFORE, schemaVersion: 2 }), /schemaVersion 2 is not supported/],
    [
      'a user of a failed vendor',
      JSON.stringify(snapshot([EVE], { flashback: { status: 'failed' } })),
      /flashback is not/,
    ],
  ])('%s', async (_name, text, message) => {
    const good = await file(BEFORE);
    const bad = await file(text);
    for (const args of [
      [good, bad],
      [bad, good],
    ]) {
      const result = await runMain(['diff', ...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^orgdir: ${bad.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(result.stderr).toMatch(message);
    }
  });

  it('an unreadable file', async () => {
    const result = await runMain(['diff', join(dir, 'nope.json'), await file(BEFORE)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.json: cannot read the snapshot \(ENOENT\)/);
  });

  it.each([
    ['one file', ['a.json']],
    ['unknown format', ['a.json', 'b.json', '--format', 'html']],
  ])('usage: %s', async (_name, args) => {
    const result = await runMain(['diff', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});
