const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Mixed in after each id. Above any UTF-16 code unit, so ["ab", "c"] and ["a", "bc"] hash apart;
// one per kind, so the string "1" and the number 1 do too.
const END_OF_STRING_ID = 0x1_0000;
const END_OF_OTHER_ID = 0x1_0001;

/**
 * A short, fixed-size key for the ids of one page: their count, first and last id, and a 32-bit
 * FNV-1a hash over all of them. Keeping this instead of every id lets a pager spot a repeated page
 * with a small constant of memory per page; two different pages collide only if all four agree.
 */
export function pageFingerprint(items: ReadonlyArray<{ id?: unknown }>): string {
  let hash = FNV_OFFSET;
  for (const item of items) {
    const { id } = item;
    const text = typeof id === 'string' ? id : String(JSON.stringify(id));
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    hash = Math.imul(hash ^ (typeof id === 'string' ? END_OF_STRING_ID : END_OF_OTHER_ID), FNV_PRIME);
  }
  const ends = JSON.stringify([items[0]?.id, items.at(-1)?.id]);
  return `${items.length}:${(hash >>> 0).toString(36)}:${ends}`;
}
