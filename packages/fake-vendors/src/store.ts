/** The users and groups the fake serves, held in memory or computed on demand. */
import type { FakeGroup, FakeUser, FakeVendor } from './types.js';

/** Users computed from their index (for data sets too big to hold). */
export interface LazyUsers {
  length: number;
  at(index: number): FakeUser;
}

/** The users and groups one fake server renders; every endpoint reads them from here. */
export class UserStore {
  readonly #held: FakeUser[] | undefined;
  readonly #lazy: LazyUsers | undefined;
  readonly #perVendor = new Map<FakeVendor, FakeUser[]>();
  #inserted = 0;
  /** Bumped on every change, so cached bodies can be dropped. */
  version = 0;
  readonly groups: FakeGroup[];

  constructor(users: readonly FakeUser[] | LazyUsers, groups?: FakeGroup[]) {
    if (Array.isArray(users)) this.#held = [...(users as readonly FakeUser[])];
    else this.#lazy = users as LazyUsers;
    this.groups =
      groups ??
      [...new Set(this.#held?.flatMap((u) => u.groups) ?? [])].map((name, i) => ({
        id: `group_${String(i).padStart(4, '0')}`,
        name,
      }));
  }

  /** Whether the users are computed per request rather than held. */
  get lazy(): boolean {
    return this.#lazy !== undefined;
  }

  /** How many users `vendor` has. */
  count(vendor: FakeVendor): number {
    return this.#lazy ? this.#lazy.length : this.#of(vendor).length;
  }

  /** The users of `vendor` from `start` (inclusive) to `end` (exclusive). */
  slice(vendor: FakeVendor, start: number, end: number): FakeUser[] {
    if (!this.#lazy) return this.#of(vendor).slice(start, end);
    const out: FakeUser[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.#lazy.length); i++) out.push(this.#lazy.at(i));
    return out;
  }

  /** Every user of `vendor`. */
  all(vendor: FakeVendor): FakeUser[] {
    return this.slice(vendor, 0, this.count(vendor));
  }

  /** The id of the group named `name`. */
  groupIdOf(name: string): string {
    return this.groups.find((g) => g.name === name)?.id ?? `group_${name}`;
  }

  /** Adds `by` new users at the front (`by` > 0) or removes the first −`by` (`by` < 0), for good. */
  shift(by: number): void {
    if (!this.#held) throw new Error('a computed user set cannot shift');
    if (by > 0) {
      const added = Array.from({ length: by }, () => {
        const n = this.#inserted++;
        return { id: `inserted_${n}`, email: `inserted${n}@example.com`, name: `Inserted ${n}`, groups: [] };
      });
      this.#held.unshift(...added);
    } else {
      this.#held.splice(0, -by);
    }
    this.#perVendor.clear();
    this.version++;
  }

  #of(vendor: FakeVendor): FakeUser[] {
    const held = this.#held ?? [];
    if (held.every((u) => u.vendors === undefined)) return held;
    let users = this.#perVendor.get(vendor);
    if (!users) {
      users = held.filter((u) => u.vendors === undefined || u.vendors.includes(vendor));
      this.#perVendor.set(vendor, users);
    }
    return users;
  }
}

/** Builds `n` users with distinct ids, e-mails and a few groups each. */
export function makeUsers(n: number, groupCount = 3): FakeUser[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `user_${String(i).padStart(5, '0')}`,
    email: `user${i}@example.com`,
    name: `User ${i}`,
    groups: Array.from({ length: i % (groupCount + 1) }, (_, g) => `Group ${g}`),
  }));
}
