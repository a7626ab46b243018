import type { VendorValidators } from '@orgdir/types';
import type { ClientOptions } from '../create-client.js';
import type { DirectoryUser, Mapped } from '../directory.js';
import type { Vendor } from '../errors.js';
import type { DecodedError } from '../internal/api-error.js';
import type { VendorReviewSignals } from '../review-signals.js';
import type { VerifyPlan } from '../verify-plans.js';

/** One vendor record as listed, and what mapping it gave. */
export interface ListedUser {
  raw: unknown;
  result: Mapped;
}

/** A filter of the users listing: a normalized status, an email substring, a group id. */
export interface UserFilter {
  status?: DirectoryUser['status'];
  /** A case-insensitive substring of the email. */
  email?: string;
  /** The id of a group whose members to list; only vendors whose `filters` include `group`. */
  group?: string;
}

/** One row of a users-and-groups report: a user with the names of its groups. */
export interface UsersGroupsReportRow {
  id: string;
  email: string;
  record_type?: string | undefined;
  user_status?: string | undefined;
  created_at?: string | undefined;
  last_sign_in_at?: string | null | undefined;
  groups: ReadonlyArray<{ name: string }>;
}

/** Parameters of {@link VendorDefinition.listUsers}. */
export interface ListUsersOptions {
  signal?: AbortSignal;
  /** Called as pages arrive, with the user count so far (it may start over when a listing is walked again). */
  onProgress?: (users: number) => void;
  /**
   * Absent: the directory's listing, every user with every group. Present: the filtered listing of
   * `orgdir users`: filters the vendor supports are sent to it, enrichment that needs more calls
   * (e.g. walking every group) is skipped; the caller still applies every filter to the mapped users.
   */
  filter?: UserFilter;
}

/**
 * Everything orgdir knows about one vendor, in one place: the client, CLI, mock and contract
 * tests read these facts from the registry instead of naming vendors.
 */
export interface VendorDefinition<Id extends Vendor = Vendor, Client = unknown> {
  id: Id;
  /** The vendor's name as people write it, e.g. in help text. */
  displayName: string;
  /** The environment variable holding the API key. */
  keyEnv: string;
  /** `servers[0].url` of the vendor's spec (a test checks it). */
  defaultBaseUrl: string;
  /** Creates the vendor's client. */
  createClient(options?: ClientOptions): Client;
  /** Lists the users, each mapped to the directory shape or reported unmapped, in listing order. */
  listUsers(client: Client, options: ListUsersOptions): Promise<ListedUser[]>;
  /** The filters of {@link UserFilter} the vendor applies server-side. */
  serverFilters: readonly (keyof UserFilter)[];
  /** The vendor's users-and-groups report (every user with their groups, in one call), when it has one. */
  usersGroupsReport?(client: Client, options: { signal?: AbortSignal }): Promise<UsersGroupsReportRow[]>;
  /** Reads the vendor's error envelope of a non-2xx answer. */
  decodeError(body: unknown): DecodedError;
  /** The validators generated from the spec, loaded on first use. */
  loadValidators(): Promise<VendorValidators>;
  /** What an access review needs to know about the vendor. */
  review: VendorReviewSignals;
  /** The read operations `orgdir verify` calls, in order, and how their answers are cross-checked. */
  verify: VerifyPlan<Client>;
}

/** The facts a vendor's client is built from. */
export type VendorConnection<Id extends Vendor = Vendor> = Pick<
  VendorDefinition<Id>,
  'id' | 'keyEnv' | 'defaultBaseUrl' | 'decodeError' | 'loadValidators'
>;
