import { mix } from './hash-mix.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_SEED = 0x9747b28c;
const SECOND_PRIME = 0x5bd1e995;
// Mixed in after each id. Above any UTF-16 code unit, so ["ab", "c"] and ["a", "bc"] hash apart;
// one per kind, so the string "1" and the number 1 do too.
const END_OF_STRING_ID = 0x1_0000;
const END_OF_OTHER_ID = 0x1_0001;

/**
 * A number standing for the ids of one page, in order: two independent 32-bit hashes over the
 * count and every id (FNV-1a, and a multiply-rotate hash), 53 bits of them kept. Keeping this
 * instead of the ids lets a pager spot a repeated page with a few bytes per page and no string
 * kept alive; two different pages share it with a chance of about 1 in 2^53.
 */
export function pageFingerprint(items: ReadonlyArray<{ id?: unknown }>): number {
  let a = FNV_OFFSET ^ items.length;
  let b = SECOND_SEED ^ items.length;
  for (const item of items) {
    const { id } = item;
    const text = typeof id === 'string' ? id : String(JSON.stringify(id));
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, SECOND_PRIME);
      b ^= b >>> 13;
    }
    const end = typeof id === 'string' ? END_OF_STRING_ID : END_OF_OTHER_ID;
    a = Math.imul(a ^ end, FNV_PRIME);
    b = Math.imul(b ^ end, SECOND_PRIME);
  }
  // 32 bits of one and 21 of the other: a safe integer, so a Map keeps it as a plain number.
  return (a >>> 0) * 2 ** 21 + (mix(b) >>> 11);
}
