import { OrgdirError, type Vendor } from './errors.js';
import type { ListedUser, ListUsersOptions, UserFilter } from './vendors/definition.js';
import { VENDOR_DEFINITIONS, type VendorClients, vendorDefinition } from './vendors/index.js';

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
  /** The client of each vendor to list; vendors without one are left out. */
  clients: Partial<VendorClients>;
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

/**
 * Lists every user of every given vendor, concurrently, and maps them to {@link DirectoryUser}.
 * Each vendor's users come from one consistent pass of each listing, each user once: a listing
 * that changed while it was paged is listed again (`maxRelists` of that client, default 2), and
 * when no pass is consistent the vendor is `failed` with an IncompleteListingError. Users that
 * cannot be mapped are reported per vendor, never dropped (e.g. a group member missing from a
 * user listing is built from its group-user record with status `unknown`); a vendor whose
 * listing fails is marked `failed` with its error and contributes no users. Aborting `signal`
 * rejects the whole call.
 */
export async function collectDirectory(options: CollectDirectoryOptions): Promise<Directory> {
  const { signal, onProgress, clients } = options;
  const jobs = VENDOR_DEFINITIONS.flatMap((definition) => {
    const vendor = definition.id;
    const client = clients[vendor];
    if (!client) return [];
    const onVendorProgress = (users: number) => onProgress?.({ vendor, users });
    return [
      run(vendor, () => definition.listUsers(client, { onProgress: onVendorProgress, ...(signal && { signal }) })),
    ];
  });
  const settled = await Promise.all(jobs);
  signal?.throwIfAborted();
  return { users: settled.flatMap((s) => s.users), vendors: settled.map((s) => s.result) };
}

async function run(
  vendor: Vendor,
  list: () => Promise<ListedUser[]>,
): Promise<{ result: VendorResult; users: DirectoryUser[] }> {
  let mapped: ListedUser[];
  try {
    mapped = await list();
  } catch (cause) {
    const error = cause instanceof OrgdirError ? cause : new OrgdirError(`${vendor}: listing failed.`, { cause });
    return { result: { vendor, status: 'failed', users: 0, error, unmapped: [] }, users: [] };
  }
  const { users, unmapped } = split(mapped);
  return { result: { vendor, status: 'ok', users: users.length, unmapped }, users };
}

/** The users of one vendor's listing, and the records that could not be mapped. */
export interface VendorUsers {
  users: DirectoryUser[];
  unmapped: UnmappedUser[];
}

/** Splits a listing into mapped users and unmapped records (with their listing index). */
function split(listed: readonly ListedUser[]): VendorUsers {
  const users: DirectoryUser[] = [];
  const unmapped: UnmappedUser[] = [];
  for (const [index, { raw, result }] of listed.entries()) {
    if ('unmapped' in result) unmapped.push({ raw, reason: result.unmapped, index });
    else users.push(result);
  }
  return { users, unmapped };
}

/**
 * One vendor's users, mapped as {@link collectDirectory} maps them. With `filter`, the filters the
 * vendor supports are sent to it and every filter is applied to the mapped users (status exactly,
 * email as a case-insensitive substring); a listing error rejects.
 */
export async function listVendorUsers<V extends Vendor>(
  vendor: V,
  client: VendorClients[V],
  options: ListUsersOptions = {},
): Promise<VendorUsers> {
  const { users, unmapped } = split(await vendorDefinition(vendor).listUsers(client, options));
  const { filter } = options;
  return { users: filter ? users.filter((u) => matchesFilter(u, filter)) : users, unmapped };
}

/** True when a user passes the filter: `status` exactly, `email` as a case-insensitive substring. */
export function matchesFilter(user: DirectoryUser, filter: Pick<UserFilter, 'status' | 'email'>): boolean {
  if (filter.status && user.status !== filter.status) return false;
  if (filter.email && !user.email.toLowerCase().includes(filter.email.toLowerCase())) return false;
  return true;
}
