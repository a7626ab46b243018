import { describe, expect, it } from 'vitest';
import { MAX_LOAD, MAX_RESERVED_IDS, SeenIds } from '../../src/internal/seen-ids.js';

describe('SeenIds', () => {
  it('tells a new id from one seen before', () => {
    const seen = new SeenIds();
    expect(['a', 'b', 'a', '', 'b', ''].map((id) => seen.add(id))).toEqual([true, true, false, true, false, false]);
    expect(seen.size).toBe(3);
  });

  it.each([
    ['ids that differ in one character', ['user_00001', 'user_00002', 'user_00010', 'user_00100']],
    ['ids that are anagrams', ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']],
    ['ids that are prefixes of each other', ['u', 'us', 'use', 'user', 'user_', 'user_0']],
    ['ids outside Latin-1', ['ユーザー', 'ユーザ', '\u{1f600}', '\u{1f601}', '\ud800']],
  ])('keeps %s apart', (_name, ids) => {
    const seen = new SeenIds();
    expect(ids.map((id) => seen.add(id))).toEqual(ids.map(() => true));
    expect(ids.map((id) => seen.add(id))).toEqual(ids.map(() => false));
  });

  it('grows past its first table and loses nothing on the way (slot collisions probe on)', () => {
    // Four slots to start: nearly every id lands on a taken slot and the table grows many times.
    const seen = new SeenIds(4);
    const ids = Array.from({ length: 5_000 }, (_, i) => `id-${i}`);
    for (const id of ids) expect(seen.add(id)).toBe(true);
    for (const id of ids) expect(seen.add(id)).toBe(false);
    expect(seen.size).toBe(5_000);
  });

  it('has no false negative and no false positive over 1,000,000 ids, at 16 bytes an id or less', () => {
    const seen = new SeenIds();
    const n = 1_000_000;
    let fresh = 0;
    for (let i = 0; i < n; i++) if (seen.add(`6a09cdc3-8948-47f0-${i.toString(16).padStart(12, '0')}`)) fresh++;
    expect(fresh).toBe(n);
    let again = 0;
    for (let i = 0; i < n; i++) if (!seen.add(`6a09cdc3-8948-47f0-${i.toString(16).padStart(12, '0')}`)) again++;
    expect(again).toBe(n);
    expect(seen.size).toBe(n);
    expect(seen.bytes / n).toBeLessThanOrEqual(16);
    expect(seen.bytes / n).toBeGreaterThanOrEqual(8);
  });

  it('stays between 8 and 16 bytes an id at every size past the first table', () => {
    const seen = new SeenIds();
    const perId: number[] = [];
    for (let i = 1; i <= 100_000; i++) {
      seen.add(`u${i}`);
      if (i >= 1_000 && i % 997 === 0) perId.push(seen.bytes / i);
    }
    expect(Math.max(...perId)).toBeLessThanOrEqual(16);
    expect(Math.min(...perId)).toBeGreaterThanOrEqual(8);
  });
});

describe('SeenIds.reserve', () => {
  it('sizes the table once for a stated count, so adding that many never grows it', () => {
    const seen = new SeenIds();
    seen.reserve(100_000);
    const bytes = seen.bytes;
    expect(bytes).toBeLessThanOrEqual(Math.ceil(100_000 / MAX_LOAD + 1) * 8);
    for (let i = 0; i < 100_000; i++) seen.add(`user-${i}`);
    expect(seen.bytes).toBe(bytes);
    expect(seen.size).toBe(100_000);
  });

  it('keeps the ids added before, and never shrinks or reserves past its cap', () => {
    const seen = new SeenIds();
    for (let i = 0; i < 1_000; i++) seen.add(`id-${i}`);
    seen.reserve(10_000);
    for (let i = 0; i < 1_000; i++) expect(seen.add(`id-${i}`)).toBe(false);
    const bytes = seen.bytes;
    seen.reserve(10);
    expect(seen.bytes).toBe(bytes);
    seen.reserve(Number.MAX_SAFE_INTEGER);
    expect(seen.bytes).toBeLessThanOrEqual(Math.ceil(MAX_RESERVED_IDS / MAX_LOAD + 1) * 8);
  });
});

describe('SeenIds.withRoomFor', () => {
  it.each([
    ['a one-page listing', 25],
    ['a large listing', 20_000],
    ['an empty listing', 0],
  ])('sizes the first table for %s, so adding that many never grows it', (_name, count) => {
    const seen = SeenIds.withRoomFor(count);
    const bytes = seen.bytes;
    // No default table first: a small listing's set is as small as its ids.
    expect(bytes).toBeLessThanOrEqual(Math.max(4, Math.ceil(count / MAX_LOAD + 1)) * 8);
    for (let i = 0; i < count; i++) expect(seen.add(`user-${i}`)).toBe(true);
    expect(seen.bytes).toBe(bytes);
    expect(seen.add('user-0')).toBe(count === 0);
  });

  it('does not trust a stated count past its cap, and still grows past a count that was too low', () => {
    expect(SeenIds.withRoomFor(Number.MAX_SAFE_INTEGER).bytes).toBeLessThanOrEqual(
      Math.ceil(MAX_RESERVED_IDS / MAX_LOAD + 1) * 8,
    );
    const seen = SeenIds.withRoomFor(2);
    for (let i = 0; i < 1_000; i++) expect(seen.add(`id-${i}`)).toBe(true);
    for (let i = 0; i < 1_000; i++) expect(seen.add(`id-${i}`)).toBe(false);
  });
});
