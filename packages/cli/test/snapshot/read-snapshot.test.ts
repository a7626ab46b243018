import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot, readSnapshot, SnapshotError } from '../../src/snapshot/read-snapshot.js';
import { person, snapshot } from '../support/snapshots.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgdir-read-snapshot-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const VALID = snapshot(
  [
    person({ id: 'a', name: 'Ada', role: 'owner', groups: ['Ops'], lastSignInAt: '2026-01-01T00:00:00Z' }),
    person({ id: 'b', vendor: 'openai', status: 'unknown' }),
  ],
  {
    flashback: { status: 'failed', error: 'flashback: 500 boom', unmapped: [{ reason: 'missing email', record: {} }] },
  },
);

/** Arbitrary JSON the tests poke into. */
// biome-ignore lint/suspicious/noExplicitAny: the tests write arbitrary JSON at any depth of the copy.
type Loose = Record<string, any>;

/** A deep copy of the valid snapshot with one change applied. */
function mutate(change: (s: Loose) => void): unknown {
  const copy = structuredClone(VALID) as unknown as Loose;
  change(copy);
  return copy;
}

describe('parseSnapshot', () => {
  it('accepts a valid snapshot and returns it unchanged', () => {
    expect(parseSnapshot(structuredClone(VALID))).toEqual(VALID);
  });

  it.each([
    ['an array', [], /the document must be a JSON object/],
    ['null', null, /the document must be a JSON object/],
    ['a directory --format json document', { vendors: [], users: [] }, /schemaVersion must be present/],
    [
      'schemaVersion 2',
      mutate((s) => (s.schemaVersion = 2)),
      /schemaVersion 2 is not supported \(this orgdir reads 1\)/,
    ],
    ['schemaVersion "1"', mutate((s) => (s.schemaVersion = '1')), /schemaVersion "1" is not supported/],
    ['takenAt not a date', mutate((s) => (s.takenAt = 'yesterday')), /takenAt must be an ISO 8601 date/],
    ['vendors not an array', mutate((s) => (s.vendors = {})), /vendors must be an array/],
    ['unknown vendor', mutate((s) => (s.vendors[0].vendor = 'slack')), /vendors\[0\]\.vendor must be a known vendor/],
    ['unknown vendor status', mutate((s) => (s.vendors[0].status = 'ok')), /vendors\[0\]\.status must be one of/],
    ['negative user count', mutate((s) => (s.vendors[0].users = -1)), /vendors\[0\]\.users must be a count/],
    ['unmapped without reason', mutate((s) => (s.vendors[1].unmapped = [{}])), /unmapped\[0\]\.reason/],
    ['error not a string', mutate((s) => (s.vendors[1].error = 5)), /vendors\[1\]\.error must be a string/],
    ['user not an object', mutate((s) => (s.users[0] = 'a')), /users\[0\] must be an object/],
    ['user without id', mutate((s) => delete s.users[0].id), /users\[0\]\.id must be a non-empty string/],
    ['user email a number', mutate((s) => (s.users[0].email = 1)), /users\[0\]\.email must be a string/],
    ['user status made up', mutate((s) => (s.users[0].status = 'gone')), /users\[0\]\.status must be one of/],
    ['groups not strings', mutate((s) => (s.users[0].groups = [{ name: 'x' }])), /users\[0\]\.groups/],
    ['name not a string', mutate((s) => (s.users[0].name = ['x'])), /users\[0\]\.name must be a string/],
    ['a vendor listed twice', mutate((s) => s.vendors.push(s.vendors[0])), /telnyx is listed twice/],
    ['a user of a failed vendor', mutate((s) => (s.users[0].vendor = 'flashback')), /flashback is not/],
    ['a user of an unlisted vendor', mutate((s) => s.vendors.splice(2, 1)), /openai is not/],
    [
      'count disagrees with users',
      mutate((s) => (s.vendors[0].users = 5)),
      /vendors\.telnyx\.users must be the number/,
    ],
    ['duplicate user', mutate((s) => s.users.push(s.users[0])), /telnyx a appears twice/],
  ])('rejects %s with a message naming what is wrong', (_name, value, message) => {
    expect(() => parseSnapshot(value)).toThrow(SnapshotError);
    expect(() => parseSnapshot(value)).toThrow(message);
  });

  it('any value at any path gives a result or a SnapshotError, never another error', () => {
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value))
          walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    walk(VALID, []);
    const replacements: unknown[] = [null, undefined, 0, -1, 1.5, '', 'x', true, [], {}, [null], { toString: 1 }];
    let checked = 0;
    for (const path of paths.slice(1)) {
      for (const replacement of replacements) {
        const value = mutate((s) => {
          let target = s;
          for (const key of path.slice(0, -1)) target = target[key];
          target[path.at(-1) as string] = replacement;
        });
        try {
          parseSnapshot(value);
        } catch (error) {
          expect(error).toBeInstanceOf(SnapshotError);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('readSnapshot', () => {
  it('reads a valid file', async () => {
    const file = join(dir, 'ok.json');
    await writeFile(file, JSON.stringify(VALID));
    expect(await readSnapshot(file)).toEqual(VALID);
  });

  it.each([
    ['invalid JSON', '{"schemaVersion": 1,', /: not an orgdir snapshot: invalid JSON/],
    ['a JSON array', '[]', /: not a valid orgdir snapshot: the document must be a JSON object/],
    ['an unknown schemaVersion', JSON.stringify({ ...VALID, schemaVersion: 9 }), /: schemaVersion 9 is not supported/],
  ])('%s: a SnapshotError naming the file', async (name, text, message) => {
    const file = join(dir, `${name.replaceAll(' ', '-')}.json`);
    await writeFile(file, text);
    const error = await readSnapshot(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it('an unreadable file: a SnapshotError naming the file and the reason', async () => {
    const file = join(dir, 'missing.json');
    await expect(readSnapshot(file)).rejects.toThrow(`${file}: cannot read the snapshot (ENOENT)`);
    await expect(readSnapshot(dir)).rejects.toThrow(/cannot read the snapshot \(EISDIR\)/);
  });
});
