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

  it('stays short however many and however long the ids are', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `user-${i}-${'x'.repeat(30)}`);
    // Count, hash and the two end ids: independent of the ids in between.
    expect(pageFingerprint(page(...ids)).length).toBeLessThan(120);
  });
});
