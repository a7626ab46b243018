import { mix } from './hash-mix.js';

/** Slots the table starts with (two 32-bit words each). */
const INITIAL_SLOTS = 1024;
/**
 * The table grows once more than this share of its slots is taken. Linear probing stays cheap this
 * full for a set that only adds (about five probes an insert on average while it fills to 0.9),
 * and a listing of a million users keeps 8.9 MB of ids instead of 10.7 MB at 0.75.
 */
export const MAX_LOAD = 0.9;
/** The most ids {@link SeenIds.reserve} makes room for at once (about 18 MB): a stated total is not trusted further. */
export const MAX_RESERVED_IDS = 2_000_000;
/** How much the table grows: by half, so right after growing it is 60% full. */
const GROWTH = 1.5;

/**
 * The ids a listing has handed out, in flat memory: an open-addressing (linear probing) set of
 * 64-bit hashes, two independent 32-bit hashes of each id side by side in one `Uint32Array`.
 * Between 8 / 0.9 ≈ 8.9 and 8 / 0.6 ≈ 13.3 bytes per id once past the first 921 ids, where a
 * `Set<string>` costs the strings themselves plus ~40 bytes a member.
 *
 * Two different ids are taken for one only when both hashes agree (about 1 in 2^64 per pair, so
 * roughly 3 in 100 million for a listing of a million users). The pagers treat such a collision as
 * a duplicate, which makes the listing report itself inconsistent: a typed error, never a silent loss.
 */
export class SeenIds {
  #table: Uint32Array;
  /** Slots in the table; a slot is the word pair at `2 * slot`. */
  #slots: number;
  #size = 0;
  #limit: number;

  constructor(slots = INITIAL_SLOTS) {
    this.#slots = Math.max(4, Math.ceil(slots));
    this.#table = new Uint32Array(this.#slots * 2);
    this.#limit = Math.floor(this.#slots * MAX_LOAD);
  }

  /**
   * A set with room for `count` ids (at most {@link MAX_RESERVED_IDS}) in its first table: a listing
   * that states its size up front fills one table instead of growing through a dozen, and a small
   * listing does not allocate the default table only to replace or leave most of it unused.
   */
  static withRoomFor(count: number): SeenIds {
    return new SeenIds(slotsFor(count));
  }

  /** Distinct ids added so far. */
  get size(): number {
    return this.#size;
  }

  /** Bytes the table holds (the whole cost of the set, apart from a few fields). */
  get bytes(): number {
    return this.#table.byteLength;
  }

  /**
   * Makes room for `count` ids in all, at most {@link MAX_RESERVED_IDS}, so a listing that states its
   * size up front fills one table instead of growing through a dozen (each growth briefly holds the
   * old table and the new one, the peak of the set's memory).
   */
  reserve(count: number): void {
    const wanted = slotsFor(count);
    if (!(wanted > this.#slots)) return;
    this.#rehash(wanted);
  }

  /** Adds `id`; true when it was new, false when it (or an id with the same 64-bit hash) was seen before. */
  add(id: string): boolean {
    // Two hashes in one pass over the UTF-16 code units: FNV-1a, and a multiply-rotate hash with
    // another seed and multiplier; each finished with murmur3's avalanche step.
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    a = mix(a);
    // Zero marks an empty slot, so the second word is never zero.
    b = mix(b ^ 0x2545f491) || 1;
    return this.#insert(a, b);
  }

  #insert(a: number, b: number): boolean {
    const table = this.#table;
    const slots = this.#slots;
    // The high bits of `a` pick the slot (multiply-shift range reduction; any table size works).
    let slot = Math.floor((a / 0x1_0000_0000) * slots);
    for (;;) {
      const at = slot * 2;
      const stored = table[at + 1] as number;
      if (stored === 0) break;
      if (stored === b && table[at] === a) return false;
      slot = slot + 1 === slots ? 0 : slot + 1;
    }
    const at = slot * 2;
    table[at] = a;
    table[at + 1] = b;
    if (++this.#size > this.#limit) this.#grow();
    return true;
  }

  #grow(): void {
    this.#rehash(Math.ceil(this.#slots * GROWTH));
  }

  #rehash(slots: number): void {
    const old = this.#table;
    this.#slots = slots;
    this.#table = new Uint32Array(this.#slots * 2);
    this.#limit = Math.floor(this.#slots * MAX_LOAD);
    this.#size = 0;
    for (let at = 0; at < old.length; at += 2) {
      const b = old[at + 1] as number;
      if (b !== 0) this.#insert(old[at] as number, b);
    }
  }
}

/** Slots that hold `count` ids (at most {@link MAX_RESERVED_IDS}) below the maximum load. */
function slotsFor(count: number): number {
  return Math.ceil(Math.min(count, MAX_RESERVED_IDS) / MAX_LOAD) + 1;
}
