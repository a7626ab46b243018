import { describe, expect, it } from 'vitest';
import { diffSnapshots, hasChanges } from '../../src/diff/diff-snapshots.js';
import { person, snapshot } from '../support/snapshots.js';

const ADA = person({ id: 't-1', email: 'ada@example.com', name: 'Ada', role: 'member', groups: ['Ops', 'Eng'] });
const BOB = person({ id: 't-2', email: 'bob@example.com', role: 'owner' });

describe('diffSnapshots: one fixture per category', () => {
  it.each([
    ['added', [ADA], [ADA, BOB], { added: ['t-2'] }],
    ['removed', [ADA, BOB], [ADA], { removed: ['t-2'] }],
    [
      'status',
      [ADA],
      [{ ...ADA, status: 'disabled' as const }],
      { changed: [{ id: 't-1', field: 'status', from: 'active', to: 'disabled' }] },
    ],
    [
      'role',
      [ADA],
      [{ ...ADA, role: 'owner' }],
      { changed: [{ id: 't-1', field: 'role', from: 'member', to: 'owner' }] },
    ],
    [
      'groups, as sorted name lists',
      [ADA],
      [{ ...ADA, groups: ['Sales', 'Eng'] }],
      { changed: [{ id: 't-1', field: 'groups', from: ['Eng', 'Ops'], to: ['Eng', 'Sales'] }] },
    ],
    [
      'name',
      [ADA],
      [{ ...ADA, name: 'Ada Lovelace' }],
      { changed: [{ id: 't-1', field: 'name', from: 'Ada', to: 'Ada Lovelace' }] },
    ],
    [
      'email',
      [ADA],
      [{ ...ADA, email: 'ada@new.example' }],
      { changed: [{ id: 't-1', field: 'email', from: 'ada@example.com', to: 'ada@new.example' }] },
    ],
    [
      'a field that appears: null → value',
      [BOB],
      [{ ...BOB, name: 'Bob' }],
      { changed: [{ id: 't-2', field: 'name', from: null, to: 'Bob' }] },
    ],
    ['no change (group order differs only)', [ADA], [{ ...ADA, groups: ['Eng', 'Ops'] }], {}],
  ])('%s', (_name, before, after, expected) => {
    const diff = diffSnapshots(snapshot(before), snapshot(after));
    expect(diff.vendors).toEqual([
      { vendor: 'telnyx', comparable: true, added: [], removed: [], changed: [], ...expected },
    ]);
    expect(hasChanges(diff)).toBe(Object.keys(expected).length > 0);
  });

  it('several changes of one user come in field order, users by id', () => {
    const before = snapshot([BOB, ADA]);
    const after = snapshot([
      { ...BOB, status: 'blocked' },
      { ...ADA, email: 'a@x.example', status: 'deleted' },
    ]);
    expect(diffSnapshots(before, after).vendors[0]?.changed.map((c) => [c.id, c.field])).toEqual([
      ['t-1', 'status'],
      ['t-1', 'email'],
      ['t-2', 'status'],
    ]);
  });

  it('matches by vendor and id: the same id at another vendor is another user', () => {
    const before = snapshot([ADA], { openai: {} });
    const after = snapshot([ADA, { ...ADA, vendor: 'openai' }]);
    expect(diffSnapshots(before, after).vendors.map((v) => [v.vendor, v.comparable, v.added, v.changed])).toEqual([
      ['telnyx', true, [], []],
      ['openai', true, ['t-1'], []],
    ]);
  });
});

describe('diffSnapshots: incomplete vendors are never all-added or all-removed', () => {
  const users = [ADA, BOB, person({ id: 'f-1', vendor: 'flashback' })];
  it.each([
    [
      'failed in the new snapshot',
      snapshot(users),
      snapshot([ADA, BOB], { flashback: { status: 'failed', users: 0 } }),
    ],
    [
      'skipped in the new snapshot',
      snapshot(users),
      snapshot([ADA, BOB], { flashback: { status: 'skipped', users: 0 } }),
    ],
    [
      'failed in the old snapshot',
      snapshot([ADA, BOB], { flashback: { status: 'failed', users: 0 } }),
      snapshot(users),
    ],
    ['absent from the new snapshot', snapshot(users), snapshot([ADA, BOB])],
  ])('%s: flashback is not comparable, its users neither removed nor added', (reason, before, after) => {
    const diff = diffSnapshots(before, after);
    expect(diff.vendors.find((v) => v.vendor === 'flashback')).toEqual({
      vendor: 'flashback',
      comparable: false,
      added: [],
      removed: [],
      changed: [],
    });
    expect(diff.reasons.flashback).toBe(reason);
    expect(diff.vendors.find((v) => v.vendor === 'telnyx')?.comparable).toBe(true);
    expect(hasChanges(diff)).toBe(false);
  });
});
