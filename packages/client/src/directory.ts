import type { FlashbackClient, OpenAIClient, TelnyxClient } from './create-client.js';
import { OrgdirError, type Vendor } from './errors.js';
import { defined } from './internal/defined.js';
import { str } from './internal/str.js';
import { collectPages, type PagedIterable } from './pagination.js';
import type { FlashbackUser } from './vendors/flashback/organization-users.js';
import type { OpenAIGroupUser } from './vendors/openai/group-users.js';
import type { OpenAIUser } from './vendors/openai/users.js';
import type { TelnyxUser } from './vendors/telnyx/users.js';

/** One user of one vendor, in the shape shared by every vendor. */
export interface DirectoryUser {
  vendor: Vendor;
  id: string;
  email: string;
  name?: string;
  status: 'active' | 'disabled' | 'blocked' | 'deleted' | 'unvalidated' | 'unknown';
  role?: string;
  groups: string[];
  createdAt?: string;
  lastSignInAt?: string;
  /** The vendor's record, unchanged. */
  raw: unknown;
}

/** A vendor record that could not be mapped, and why. */
export interface UnmappedUser {
  raw: unknown;
  reason: string;
  /** Position of the record in the vendor's listing, from 0 (when known). */
  index?: number;
}

/** How one vendor's collection went. A failed vendor contributes no users at all, never a partial list. */
export interface VendorResult {
  vendor: Vendor;
  status: 'ok' | 'failed';
  users: number;
  error?: OrgdirError;
  unmapped: UnmappedUser[];
}

/** Parameters of {@link collectDirectory}. */
export interface CollectDirectoryOptions {
  clients: { telnyx?: TelnyxClient; flashback?: FlashbackClient; openai?: OpenAIClient };
  signal?: AbortSignal;
  /** Called as pages arrive, with the vendor's user count so far. */
  onProgress?: (event: { vendor: Vendor; users: number }) => void;
}

/** The result of {@link collectDirectory}. */
export interface Directory {
  users: DirectoryUser[];
  vendors: VendorResult[];
}

/** A mapping outcome: the user, or why it could not be mapped. */
export type Mapped = DirectoryUser | { unmapped: string };

interface Outcome {
  raw: unknown;
  result: Mapped;
}

/** What every listing call takes from {@link CollectDirectoryOptions}: the signal, when there is one. */
type ListOptions = { signal?: AbortSignal };

/**
 * Lists every user of every given vendor, concurrently, and maps them to {@link DirectoryUser}.
 * Each vendor's users come from one consistent pass of each listing, each user once: a listing
 * that changed while it was paged is listed again (`maxRelists` of that client, default 2), and
 * when no pass is consistent the vendor is `failed` with an IncompleteListingError. Users that
 * cannot be mapped are reported per vendor, never dropped (an OpenAI group member missing from
 * the user listing is built from its group-user record with status `unknown`); a vendor whose
 * listing fails is marked `failed` with its error and contributes no users. Aborting `signal`
 * rejects the whole call.
 */
export async function collectDirectory(options: CollectDirectoryOptions): Promise<Directory> {
  const { signal, onProgress } = options;
  const { telnyx, flashback, openai } = options.clients;
  const opts: ListOptions = signal ? { signal } : {};
  const progress = (vendor: Vendor) => (users: number) => onProgress?.({ vendor, users });
  const jobs: Array<Promise<{ result: VendorResult; users: DirectoryUser[] }>> = [];
  if (telnyx) jobs.push(run('telnyx', () => telnyxRecords(telnyx, opts, progress('telnyx'))));
  if (flashback) jobs.push(run('flashback', () => flashbackRecords(flashback, opts, progress('flashback'))));
  if (openai) jobs.push(run('openai', () => openaiRecords(openai, opts, progress('openai'))));
  const settled = await Promise.all(jobs);
  signal?.throwIfAborted();
  return { users: settled.flatMap((s) => s.users), vendors: settled.map((s) => s.result) };
}

async function run(
  vendor: Vendor,
  list: () => Promise<Outcome[]>,
): Promise<{ result: VendorResult; users: DirectoryUser[] }> {
  let mapped: Outcome[];
  try {
    mapped = await list();
  } catch (cause) {
    const error = cause instanceof OrgdirError ? cause : new OrgdirError(`${vendor}: listing failed.`, { cause });
    return { result: { vendor, status: 'failed', users: 0, error, unmapped: [] }, users: [] };
  }
  const users: DirectoryUser[] = [];
  const unmapped: UnmappedUser[] = [];
  for (const [index, { raw, result }] of mapped.entries()) {
    if ('unmapped' in result) unmapped.push({ raw, reason: result.unmapped, index });
    else users.push(result);
  }
  return { result: { vendor, status: 'ok', users: users.length, unmapped }, users };
}

/**
 * Collects a listing page by page, reporting progress, with `toArray()`'s guarantee: each id once,
 * and a listing that changed while it was paged is walked again (progress then starts over) or
 * fails with IncompleteListingError.
 */
function collect<T>(listing: PagedIterable<T, unknown>, report: (users: number) => void): Promise<T[]> {
  return collectPages(listing, report);
}

/** Checks the fields every vendor must give; returns the reason when one is missing. */
function identity(raw: { id?: unknown; email?: unknown }): { id: string; email: string } | string {
  const id = str(raw.id);
  const email = str(raw.email);
  if (!id) return 'missing id';
  if (!email) return 'missing email';
  return { id, email };
}

function unixToIso(seconds: number | undefined): string | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined;
}

/** A DirectoryUser whose optional fields may still be undefined, as the mappers build them. */
type DirectoryUserFields = {
  [K in keyof DirectoryUser]: DirectoryUser[K] | (undefined extends DirectoryUser[K] ? undefined : never);
};

/** Drops undefined optional fields (exactOptionalPropertyTypes) while keeping the literal readable. */
function user(fields: DirectoryUserFields): DirectoryUser {
  return defined(fields) as DirectoryUser;
}

// ---- Telnyx: user_status → status; record_type organization_owner → owner, else member; groups from include_groups.

const TELNYX_STATUS = { enabled: 'active', disabled: 'disabled', blocked: 'blocked' } as const;

/** Maps a Telnyx user (listed with `include_groups`). */
export function mapTelnyxUser(raw: TelnyxUser): Mapped {
  const who = identity(raw);
  if (typeof who === 'string') return { unmapped: who };
  const status =
    raw.user_status && Object.hasOwn(TELNYX_STATUS, raw.user_status) ? TELNYX_STATUS[raw.user_status] : 'unknown';
  return user({
    vendor: 'telnyx',
    ...who,
    status,
    role: raw.record_type === 'organization_owner' ? 'owner' : 'member',
    groups: (raw.groups ?? []).map((g) => g.name),
    createdAt: str(raw.created_at),
    lastSignInAt: str(raw.last_sign_in_at),
    raw,
  });
}

async function telnyxRecords(client: TelnyxClient, opts: ListOptions, report: (n: number) => void): Promise<Outcome[]> {
  const users = await collect(client.users.list({ includeGroups: true, ...opts }), report);
  return users.map((raw) => ({ raw, result: mapTelnyxUser(raw) }));
}

// ---- Flashback: deletedAt → deleted, validated false → unvalidated, validated true → active, else unknown;
// orgRole code → role name.

/** Maps a Flashback user. */
export function mapFlashbackUser(raw: FlashbackUser): Mapped {
  const who = identity(raw);
  if (typeof who === 'string') return { unmapped: who };
  const name = [raw.name, raw.lastName].filter((part) => str(part)).join(' ');
  return user({
    vendor: 'flashback',
    ...who,
    name: name || undefined,
    status: flashbackStatus(raw),
    role: raw.orgRoleName?.toLowerCase(),
    groups: [],
    raw,
  });
}

/** Every property is optional: a missing `validated` says nothing, so it is `unknown`, not `active`. */
function flashbackStatus(raw: FlashbackUser): DirectoryUser['status'] {
  if (raw.deletedAt) return 'deleted';
  if (raw.validated === false) return 'unvalidated';
  return raw.validated === true ? 'active' : 'unknown';
}

async function flashbackRecords(
  client: FlashbackClient,
  opts: ListOptions,
  report: (n: number) => void,
): Promise<Outcome[]> {
  const users = await client.organization.users.list(opts);
  report(users.length);
  return users.map((raw) => ({ raw, result: mapFlashbackUser(raw) }));
}

// ---- OpenAI: role as given; groups by walking every group's users; added_at → createdAt. The API has no
// status field (it lists members, whatever their state), so the status is `unknown`, never a guess.

/** Maps an OpenAI user, given the names of the groups it belongs to. */
export function mapOpenAIUser(raw: OpenAIUser | OpenAIGroupUser, groups: string[]): Mapped {
  const who = identity(raw);
  if (typeof who === 'string') return { unmapped: who };
  return user({
    vendor: 'openai',
    ...who,
    name: str(raw.name),
    status: 'unknown',
    role: str(raw.role),
    groups,
    createdAt: unixToIso(raw.added_at),
    raw,
  });
}

/**
 * OpenAI users with their groups. A group member missing from the user listing (added or removed
 * while listing, or hidden from it) is not dropped: it is mapped from its group-user record, with
 * status `unknown` as the organization listing did not vouch for it, or reported unmapped.
 */
async function openaiRecords(client: OpenAIClient, opts: ListOptions, report: (n: number) => void): Promise<Outcome[]> {
  const [users, groups] = await Promise.all([
    collect(client.users.list(opts), report),
    client.groups.list(opts).toArray(),
  ]);
  const membership = new Map<string, { record: OpenAIGroupUser; groups: string[] }>();
  for (const group of groups) {
    for (const member of await client.groups.users.list(group.id, opts).toArray()) {
      const entry = membership.get(member.id);
      if (entry) entry.groups.push(group.name);
      else membership.set(member.id, { record: member, groups: [group.name] });
    }
  }
  const outcomes: Outcome[] = users.map((raw) => {
    const groupsOf = membership.get(raw.id)?.groups ?? [];
    membership.delete(raw.id);
    return { raw, result: mapOpenAIUser(raw, groupsOf) };
  });
  for (const { record, groups: names } of membership.values()) {
    const result = mapOpenAIUser(record, names);
    outcomes.push({
      raw: record,
      result:
        'unmapped' in result
          ? { unmapped: `group member not in the user listing: ${result.unmapped}` }
          : { ...result, status: 'unknown' },
    });
  }
  return outcomes;
}
