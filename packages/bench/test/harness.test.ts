import { describe, expect, it } from 'vitest';
import { alternate, alternateBlocks, expectCount, median, roundOrder, row } from '../src/harness.js';

describe('median', () => {
  it.each([
    { values: [3], expected: 3 },
    { values: [5, 1, 3], expected: 3 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [10, 10, 1000], expected: 10 },
  ])('median($values) = $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('roundOrder', () => {
  it.each([
    { round: 0, expected: ['a', 'b', 'c'] },
    { round: 1, expected: ['b', 'c', 'a'] },
    { round: 2, expected: ['c', 'a', 'b'] },
    { round: 3, expected: ['a', 'b', 'c'] },
  ])('round $round runs $expected', ({ round, expected }) => {
    expect(roundOrder(['a', 'b', 'c'], round)).toEqual(expected);
  });
});

describe('alternate', () => {
  it('runs every contender once per round, rotating who goes first, after the warm-up', async () => {
    const calls: string[] = [];
    const contenders = ['x', 'y'].map((name) => ({ name, run: async () => void calls.push(name) }));
    const times = await alternate(contenders, 3, async (c) => void calls.push(`warm ${c.name}`));
    expect(calls).toEqual(['warm x', 'warm y', 'x', 'y', 'y', 'x', 'x', 'y']);
    expect(times.get('x')).toHaveLength(3);
    expect(times.get('y')).toHaveLength(3);
  });
});

describe('row', () => {
  it.each([
    { orgdir: 50, peer: 100, target: { text: 'ratio ≤ 1.10', maxRatio: 1.1 }, ratio: 0.5, met: true },
    { orgdir: 120, peer: 100, target: { text: 'ratio ≤ 1.10', maxRatio: 1.1 }, ratio: 1.2, met: false },
    { orgdir: 60, peer: 50, target: { text: 'growth < 50 MB', maxOrgdir: 50 }, ratio: 1.2, met: false },
    { orgdir: 20, peer: 50, target: { text: 'growth < 50 MB', maxOrgdir: 50 }, ratio: 0.4, met: true },
  ])('$orgdir vs $peer → ratio $ratio, met $met', ({ orgdir, peer, target, ratio, met }) => {
    const r = row('case', orgdir, 'peer', peer, 'ms', target);
    expect(r).toMatchObject({ name: 'case', orgdir, peer, peerName: 'peer', unit: 'ms', ratio, met });
  });

  it('has no verdict without a target', () => {
    expect(row('case', 1, 'peer', 2, 'ms')).not.toHaveProperty('met');
  });
});

describe('expectCount', () => {
  it('throws when a contender skipped items', () => {
    expect(() => expectCount('sdk', 999, 1000)).toThrow('sdk saw 999 items, expected 1000');
    expect(() => expectCount('sdk', 1000, 1000)).not.toThrow();
  });
});

describe('alternateBlocks', () => {
  it('interleaves blocks of calls, rotating the first contender, and sums each round', async () => {
    const calls: string[] = [];
    const contenders = ['x', 'y'].map((name) => ({ name, once: async () => void calls.push(name) }));
    const times = await alternateBlocks(contenders, 2, 5, 2);
    // Round 0: blocks of 2, 2, 1; the first contender rotates per block, then per round.
    expect(calls.join('')).toBe('xxyy' + 'yyxx' + 'xy' + 'yyxx' + 'xxyy' + 'yx');
    expect(times.get('x')).toHaveLength(2);
  });
});
