import type { DirectoryUser, Vendor } from '@orgdir/client';
import type { Snapshot, SnapshotVendor } from '../snapshot/snapshot.js';
import { VENDORS } from '../vendors.js';

/** The user fields `diff` compares, in report order. */
export const DIFF_FIELDS = ['status', 'role', 'groups', 'name', 'email'] as const;
/** One of {@link DIFF_FIELDS}. */
export type DiffField = (typeof DIFF_FIELDS)[number];

/** A field value: a string, the sorted group names, or null when the field is absent. */
export type DiffValue = string | string[] | null;

/** One changed field of one user present in both snapshots. */
export interface DiffChange {
  id: string;
  field: DiffField;
  from: DiffValue;
  to: DiffValue;
}

/** What changed for one vendor; a vendor not complete in both snapshots is not compared at all. */
export interface VendorDiff {
  vendor: Vendor;
  comparable: boolean;
  added: string[];
  removed: string[];
  changed: DiffChange[];
}

/** The result of {@link diffSnapshots}, with the context the text formats show. */
export interface SnapshotDiff {
  vendors: VendorDiff[];
  /** Why each non-comparable vendor is not compared. */
  reasons: Partial<Record<Vendor, string>>;
  /** Every user of either snapshot, by vendor and id (the new one when in both), for emails in reports. */
  users: ReadonlyMap<string, DirectoryUser>;
}

/** The key of a user within a diff: vendor and id. */
export function userKey(vendor: Vendor, id: string): string {
  return `${vendor}\u0000${id}`;
}

function value(user: DirectoryUser, field: DiffField): DiffValue {
  if (field === 'groups') return [...new Set(user.groups)].sort();
  return user[field] ?? null;
}

function same(a: DiffValue, b: DiffValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Why a vendor cannot be compared, or undefined when it is complete in both snapshots. */
function incomparable(before: SnapshotVendor | undefined, after: SnapshotVendor | undefined): string | undefined {
  const side = (entry: SnapshotVendor | undefined, which: string) =>
    !entry
      ? `absent from the ${which} snapshot`
      : entry.status !== 'complete'
        ? `${entry.status} in the ${which} snapshot`
        : undefined;
  const reasons = [side(before, 'old'), side(after, 'new')].filter((r): r is string => r !== undefined);
  return reasons.length > 0 ? reasons.join(', ') : undefined;
}

/**
 * Compares two snapshots per vendor: users added and removed (by vendor and id), and per user the
 * changes of status, role, groups (as sorted name lists), name and email. A vendor that is failed,
 * skipped or absent in either snapshot is reported as not comparable with nothing added or removed,
 * so a failed listing never reads as everyone leaving.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const vendors: VendorDiff[] = [];
  const reasons: Partial<Record<Vendor, string>> = {};
  const users = new Map<string, DirectoryUser>();
  for (const u of [...before.users, ...after.users]) users.set(userKey(u.vendor, u.id), u);
  for (const vendor of VENDORS) {
    const old = before.vendors.find((v) => v.vendor === vendor);
    const neu = after.vendors.find((v) => v.vendor === vendor);
    if (!old && !neu) continue;
    const reason = incomparable(old, neu);
    if (reason) {
      reasons[vendor] = reason;
      vendors.push({ vendor, comparable: false, added: [], removed: [], changed: [] });
      continue;
    }
    const oldUsers = new Map(before.users.filter((u) => u.vendor === vendor).map((u) => [u.id, u]));
    const newUsers = new Map(after.users.filter((u) => u.vendor === vendor).map((u) => [u.id, u]));
    const added = [...newUsers.keys()].filter((id) => !oldUsers.has(id)).sort();
    const removed = [...oldUsers.keys()].filter((id) => !newUsers.has(id)).sort();
    const changed: DiffChange[] = [];
    for (const id of [...newUsers.keys()].sort()) {
      const was = oldUsers.get(id);
      const now = newUsers.get(id);
      if (!was || !now) continue;
      for (const field of DIFF_FIELDS) {
        const from = value(was, field);
        const to = value(now, field);
        if (!same(from, to)) changed.push({ id, field, from, to });
      }
    }
    vendors.push({ vendor, comparable: true, added, removed, changed });
  }
  return { vendors, reasons, users };
}

/** True when any comparable vendor has an added, removed or changed user. */
export function hasChanges(diff: Pick<SnapshotDiff, 'vendors'>): boolean {
  return diff.vendors.some((v) => v.added.length + v.removed.length + v.changed.length > 0);
}
