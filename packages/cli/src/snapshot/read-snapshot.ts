import { readFile } from 'node:fs/promises';
import type { DirectoryUser, Vendor } from '@orgdir/client';
import { UsageError } from '../errors.js';
import { isVendor } from '../vendors.js';
import {
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
  type SnapshotUnmapped,
  type SnapshotVendor,
  type SnapshotVendorStatus,
} from './snapshot.js';

/** A file that could not be read as an orgdir snapshot; the message names the file and what is wrong. */
export class SnapshotError extends UsageError {
  override name = 'SnapshotError';
}

const VENDOR_STATUSES = ['complete', 'failed', 'skipped'] as const satisfies readonly SnapshotVendorStatus[];
const USER_STATUSES = [
  'active',
  'disabled',
  'blocked',
  'deleted',
  'unvalidated',
  'unknown',
] as const satisfies readonly DirectoryUser['status'][];

type Json = Record<string, unknown>;

/** Throws {@link SnapshotError} at `path` unless `ok`. */
function check(ok: boolean, path: string, expected: string): asserts ok {
  if (!ok) throw new SnapshotError(`not a valid orgdir snapshot: ${path} must be ${expected}`);
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

function optionalString(record: Json, key: string, path: string): void {
  if (Object.hasOwn(record, key)) check(isString(record[key]), `${path}.${key}`, 'a string when present');
}

function parseUnmapped(value: unknown, path: string): SnapshotUnmapped {
  check(isObject(value), path, 'an object');
  check(isString(value.reason), `${path}.reason`, 'a string');
  return Object.hasOwn(value, 'record') ? { reason: value.reason, record: value.record } : { reason: value.reason };
}

function parseVendor(value: unknown, path: string): SnapshotVendor {
  check(isObject(value), path, 'an object');
  check(isString(value.vendor) && isVendor(value.vendor), `${path}.vendor`, 'a known vendor');
  check(oneOf(VENDOR_STATUSES, value.status), `${path}.status`, `one of ${VENDOR_STATUSES.join(', ')}`);
  check(Number.isSafeInteger(value.users) && (value.users as number) >= 0, `${path}.users`, 'a count');
  check(Array.isArray(value.unmapped), `${path}.unmapped`, 'an array');
  optionalString(value, 'error', path);
  const unmapped = value.unmapped.map((u, i) => parseUnmapped(u, `${path}.unmapped[${i}]`));
  return {
    vendor: value.vendor,
    status: value.status,
    users: value.users as number,
    unmapped,
    ...(isString(value.error) ? { error: value.error } : {}),
  };
}

function parseUser(value: unknown, path: string): DirectoryUser {
  check(isObject(value), path, 'an object');
  check(isString(value.vendor) && isVendor(value.vendor), `${path}.vendor`, 'a known vendor');
  check(isString(value.id) && value.id !== '', `${path}.id`, 'a non-empty string');
  check(isString(value.email), `${path}.email`, 'a string');
  check(oneOf(USER_STATUSES, value.status), `${path}.status`, `one of ${USER_STATUSES.join(', ')}`);
  check(Array.isArray(value.groups) && value.groups.every(isString), `${path}.groups`, 'an array of group names');
  for (const key of ['name', 'role', 'createdAt', 'lastSignInAt']) optionalString(value, key, path);
  const user: DirectoryUser = {
    vendor: value.vendor,
    id: value.id,
    email: value.email,
    status: value.status,
    groups: [...(value.groups as string[])],
    raw: value.raw,
  };
  if (isString(value.name)) user.name = value.name;
  if (isString(value.role)) user.role = value.role;
  if (isString(value.createdAt)) user.createdAt = value.createdAt;
  if (isString(value.lastSignInAt)) user.lastSignInAt = value.lastSignInAt;
  return user;
}

/** Checks that the vendor list and the users agree: one entry per vendor, users only of complete vendors. */
function checkConsistent(snapshot: Snapshot): void {
  const byVendor = new Map<Vendor, SnapshotVendor>();
  for (const entry of snapshot.vendors) {
    check(!byVendor.has(entry.vendor), `vendors`, `one entry per vendor (${entry.vendor} is listed twice)`);
    byVendor.set(entry.vendor, entry);
  }
  const counts = new Map<Vendor, number>();
  const ids = new Set<string>();
  snapshot.users.forEach((user, i) => {
    const entry = byVendor.get(user.vendor);
    check(entry?.status === 'complete', `users[${i}].vendor`, `a vendor listed as complete (${user.vendor} is not)`);
    const key = `${user.vendor}\u0000${user.id}`;
    check(!ids.has(key), `users[${i}].id`, `unique per vendor (${user.vendor} ${user.id} appears twice)`);
    ids.add(key);
    counts.set(user.vendor, (counts.get(user.vendor) ?? 0) + 1);
  });
  for (const entry of snapshot.vendors) {
    const listed = counts.get(entry.vendor) ?? 0;
    check(listed === entry.users, `vendors.${entry.vendor}.users`, `the number of its users listed (${listed})`);
  }
}

/** Validates parsed JSON as a snapshot; throws {@link SnapshotError} (without the file name) when it is not one. */
export function parseSnapshot(value: unknown): Snapshot {
  check(isObject(value), 'the document', 'a JSON object (not an orgdir snapshot)');
  check(Object.hasOwn(value, 'schemaVersion'), 'schemaVersion', 'present (not an orgdir snapshot)');
  if (value.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError(
      `schemaVersion ${JSON.stringify(value.schemaVersion)} is not supported (this orgdir reads ${SNAPSHOT_SCHEMA_VERSION})`,
    );
  }
  check(isString(value.takenAt) && !Number.isNaN(Date.parse(value.takenAt)), 'takenAt', 'an ISO 8601 date');
  check(Array.isArray(value.vendors), 'vendors', 'an array');
  check(Array.isArray(value.users), 'users', 'an array');
  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    takenAt: value.takenAt,
    vendors: value.vendors.map((v, i) => parseVendor(v, `vendors[${i}]`)),
    users: value.users.map((u, i) => parseUser(u, `users[${i}]`)),
  };
  checkConsistent(snapshot);
  return snapshot;
}

/**
 * Reads and validates the snapshot at `file`. Any problem (unreadable, not JSON, not a snapshot, an
 * unknown schema version, inconsistent contents) is a {@link SnapshotError} naming the file.
 */
export async function readSnapshot(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SnapshotError(`${file}: cannot read the snapshot${code ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`${file}: not an orgdir snapshot: invalid JSON (${(error as Error).message})`);
  }
  try {
    return parseSnapshot(json);
  } catch (error) {
    if (error instanceof SnapshotError) throw new SnapshotError(`${file}: ${error.message}`);
    throw error;
  }
}
