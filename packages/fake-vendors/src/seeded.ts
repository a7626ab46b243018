/**
 * Deterministic, realistic organisation users for the fake vendors (benchmark data sets).
 * User `i` is a pure function of `(seed, i)`, so a server can hold a data set in memory or
 * compute any page on demand (the 1,000,000-user memory case) and get the same users.
 */
import type { OpenAI, Telnyx } from '@orgdir/types';
import type { FakeUser } from './types.js';

/** A Telnyx group membership as the API sends it. */
type TelnyxGroupRef = Telnyx.components['schemas']['UserGroupReference'];

/**
 * A Telnyx organisation user as `GET /organizations/users?include_groups=true` answers, every
 * field present (the optional ones too).
 */
export type TelnyxUserRecord = Required<Telnyx.components['schemas']['OrganizationUserWithGroups']>;

/** An OpenAI group user in the shape `GET /organization/groups/{id}/users` answers. */
export type OpenAIGroupUserRecord = OpenAI.components['schemas']['OrganizationUser'];

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Margaret',
  'Ken',
  'Radia',
  'Linus',
  'Frances',
  'Niklaus',
  'Hedy',
  'Tim',
  'Katherine',
  'Dennis',
  'Sophie',
  'John',
  'Shafi',
  'Leslie',
  'Chloé',
  'José',
  'Zoë',
  'Søren',
  'Anaïs',
  'Wei',
  'Priya',
  'Kwame',
  'Ingrid',
  'Mateus',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Hamilton',
  'Thompson',
  'Perlman',
  'Torvalds',
  'Allen',
  'Wirth',
  'Lamarr',
  'Berners-Lee',
  'Johnson',
  'Ritchie',
  'Wilson',
  'McCarthy',
  'Goldwasser',
  'Lamport',
  "O'Brien",
  'García',
  'Müller',
  'Nakamura',
  'Okafor',
  'Kowalski',
];
/** Group names, some with the characters that force CSV quoting (quotes, ampersands, accents). */
export const GROUP_NAMES = [
  'Engineering',
  'Sales',
  'Support "Tier 2"',
  'R&D',
  'Marketing',
  'Finance',
  'People Ops',
  'Customer Success',
  'Security',
  'Légal & Conformité',
  'Platform "Core"',
  'Design',
];
const DOMAINS = ['example.com', 'example.org', 'corp.example.net'];

const EPOCH_2018 = Date.UTC(2018, 0, 1);
const SPAN_MS = Date.UTC(2025, 11, 31) - EPOCH_2018;

/** A small, fast seeded PRNG (mulberry32): the same seed gives the same sequence in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

const HEX = '0123456789abcdef';
function uuid(next: () => number): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) out += '-';
    let n = Math.floor(next() * 16);
    if (i === 12) n = 4;
    else if (i === 16) n = 8 + (n & 3);
    out += HEX[n];
  }
  return out;
}

const GROUPS: TelnyxGroupRef[] = GROUP_NAMES.map((name, i) => ({ id: uuid(rng(0xc0ffee + i)), name }));

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function userSeed(seed: number, i: number): number {
  return (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
}

/** The `i`-th Telnyx user of the organisation seeded by `seed` (user 0 is the owner). */
export function telnyxUser(seed: number, i: number): TelnyxUserRecord {
  const next = rng(userSeed(seed, i));
  const first = pick(next, FIRST);
  const last = pick(next, LAST);
  const createdMs = EPOCH_2018 + Math.floor(next() * SPAN_MS);
  const signedIn = next() < 0.9;
  const statusDraw = next();
  const groupCount = Math.floor(next() * 4);
  const groups: TelnyxGroupRef[] = [];
  for (let g = 0; g < groupCount; g++) {
    const group = pick(next, GROUPS);
    if (!groups.includes(group)) groups.push(group);
  }
  return {
    id: uuid(next),
    record_type: i === 0 ? 'organization_owner' : 'organization_sub_user',
    email: `${slug(first)}.${slug(last)}.${i}@${pick(next, DOMAINS)}`,
    user_status: statusDraw < 0.9 ? 'enabled' : statusDraw < 0.97 ? 'disabled' : 'blocked',
    organization_user_bypasses_sso: next() < 0.05,
    created_at: new Date(createdMs).toISOString(),
    last_sign_in_at: signedIn
      ? new Date(createdMs + Math.floor(next() * (EPOCH_2018 + SPAN_MS - createdMs))).toISOString()
      : null,
    groups,
  };
}

const ID_CHARS = '0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghijkmnpqrstvwxyz';
/** The `i`-th OpenAI user of the group seeded by `seed` (user 0 is the owner). */
export function openaiGroupUser(seed: number, i: number): OpenAIGroupUserRecord {
  const next = rng(userSeed(seed, i));
  const first = pick(next, FIRST);
  const last = pick(next, LAST);
  let id = 'user_';
  for (let c = 0; c < 24; c++) id += ID_CHARS[Math.floor(next() * ID_CHARS.length)];
  return {
    object: 'organization.user',
    id,
    name: `${first} ${last}`,
    email: `${slug(first)}.${slug(last)}.${i}@${pick(next, DOMAINS)}`,
    role: i === 0 ? 'owner' : 'reader',
    added_at: Math.floor((EPOCH_2018 + Math.floor(next() * SPAN_MS)) / 1000),
  };
}

/** Builds `count` users with `make`, the data set a server holds for one case. */
export function dataset<T>(count: number, seed: number, make: (seed: number, i: number) => T): T[] {
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) out[i] = make(seed, i);
  return out;
}

/** A user as the list answers it without `include_groups`. */
export function withoutGroups(u: TelnyxUserRecord): Omit<TelnyxUserRecord, 'groups'> {
  const { groups: _groups, ...rest } = u;
  return rest;
}

/** User `i` of a seeded Telnyx organisation, as the store holds it. */
export function seededTelnyxUser(seed: number, i: number): FakeUser {
  const record = telnyxUser(seed, i);
  return {
    id: record.id,
    email: record.email,
    name: record.email,
    groups: record.groups.map((g) => g.name),
    records: { telnyx: record },
  };
}

/** User `i` of a seeded OpenAI group named `group`, as the store holds it. */
export function seededOpenAIUser(seed: number, i: number, group: string): FakeUser {
  const record = openaiGroupUser(seed, i);
  return { id: record.id, email: record.email, name: record.name, groups: [group], records: { openai: record } };
}
