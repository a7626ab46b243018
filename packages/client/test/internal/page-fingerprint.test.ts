import { describe, expect, it } from 'vitest';
import { pageFingerprint } from '../../src/internal/page-fingerprint.js';

const page = (...ids: unknown[]) => ids.map((id) => ({ id }));

describe('pageFingerprint', () => {
  it('is the same for the same ids', () => {
    expect(pageFingerprint(page('a', 'b', 'c'))).toBe(pageFingerprint(page('a', 'b', 'c')));
  });

  it.each([
    ['ids split differently', page('ab', 'c'), page('a', 'bc')],
    ['a string and a number', page('1'), page(1)],
    ['a middle id changed', page('a', 'b', 'c'), page('a', 'x', 'c')],
    ['the same ids in another order', page('a', 'b', 'c'), page('a', 'c', 'b')],
    ['one more id', page('a', 'b'), page('a', 'b', 'b')],
    ['a missing id and a null id', page(undefined), page(null)],
  ])('tells apart %s', (_name, a, b) => {
    expect(pageFingerprint(a)).not.toBe(pageFingerprint(b));
  });

  it('is a safe integer, however many and however long the ids are', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `user-${i}-${'x'.repeat(30)}`);
    for (const items of [page(), page('a'), page(...ids), page({ nested: ['object'] })]) {
      expect(Number.isSafeInteger(pageFingerprint(items))).toBe(true);
    }
  });

  it('gives 10,000 pages of sequential ids 10,000 different numbers', () => {
    const keys = new Set<number>();
    for (let p = 0; p < 10_000; p++)
      keys.add(pageFingerprint(page(...Array.from({ length: 5 }, (_, i) => `u${p * 5 + i}`))));
    expect(keys.size).toBe(10_000);
  });
});
