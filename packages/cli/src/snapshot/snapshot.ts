import { type Directory, type DirectoryUser, redact, type Vendor } from '@orgdir/client';
import { describeError } from '../errors.js';
import { VENDORS } from '../vendors.js';

/** The only snapshot schema this orgdir writes and reads. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

/** How one vendor's part of a snapshot went: `complete`, or `failed`/`skipped` with no users. */
export type SnapshotVendorStatus = 'complete' | 'failed' | 'skipped';

/** A record the client could not map, kept so the snapshot says what it lacks. */
export interface SnapshotUnmapped {
  reason: string;
  record?: unknown;
}

/** One vendor's entry in a snapshot. */
export interface SnapshotVendor {
  vendor: Vendor;
  status: SnapshotVendorStatus;
  users: number;
  unmapped: SnapshotUnmapped[];
  /** One line: why the vendor failed or was skipped. */
  error?: string;
}

/** One point-in-time directory of every vendor, as `orgdir snapshot` writes it. */
export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  takenAt: string;
  vendors: SnapshotVendor[];
  users: DirectoryUser[];
}

/** What {@link snapshotFromDirectory} is built from. */
export interface SnapshotInput {
  directory: Directory;
  /** Vendors left out, with why (usually the key variable that is not set). */
  skipped: ReadonlyArray<{ vendor: Vendor; reason: string }>;
  takenAt: Date;
  /** Values never to record (the API keys in use): scrubbed from each vendor's error line. */
  secrets?: Iterable<string>;
}

/**
 * A snapshot of a collected directory. Vendors come in {@link VENDORS} order; a failed vendor keeps
 * its one-line error and contributes no users, a skipped one says why.
 */
export function snapshotFromDirectory(input: SnapshotInput): Snapshot {
  const secrets = [...(input.secrets ?? [])];
  const vendors: SnapshotVendor[] = input.directory.vendors.map((entry) => ({
    vendor: entry.vendor,
    status: entry.status === 'ok' ? 'complete' : 'failed',
    users: entry.status === 'ok' ? entry.users : 0,
    unmapped: entry.unmapped.map((u) => ({ reason: u.reason, record: u.raw })),
    ...(entry.status === 'failed'
      ? { error: redact(describeError(entry.error ?? 'listing failed', entry.vendor), secrets) }
      : {}),
  }));
  for (const { vendor, reason } of input.skipped) {
    vendors.push({ vendor, status: 'skipped', users: 0, unmapped: [], error: reason });
  }
  vendors.sort((a, b) => VENDORS.indexOf(a.vendor) - VENDORS.indexOf(b.vendor));
  const complete = new Set(vendors.filter((v) => v.status === 'complete').map((v) => v.vendor));
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    takenAt: input.takenAt.toISOString(),
    vendors,
    users: input.directory.users.filter((u) => complete.has(u.vendor)),
  };
}

/**
 * The snapshot as pretty-printed JSON, newline-terminated. Every string in it (vendor records and
 * error lines included) is scrubbed of `secrets`, so an API key a vendor echoed never reaches the file.
 */
export function snapshotToJson(snapshot: Snapshot, secrets: Iterable<string> = []): string {
  // One walk over the whole document (the redactor is built once), not one redactor per string.
  return `${JSON.stringify(redact(snapshot, secrets), null, 2)}\n`;
}

/** True when every vendor of the snapshot is complete. */
export function isComplete(snapshot: Pick<Snapshot, 'vendors'>): boolean {
  return snapshot.vendors.every((v) => v.status === 'complete');
}
