import type { DirectoryUser, Vendor } from '@orgdir/client';
import type { Snapshot, SnapshotVendor } from '../../src/snapshot/snapshot.js';

/** A hand-made directory user: an active member of telnyx unless `fields` say otherwise. */
export function person(fields: Partial<DirectoryUser> & { id: string; email?: string }): DirectoryUser {
  return {
    vendor: 'telnyx',
    email: `${fields.id}@example.com`,
    status: 'active',
    groups: [],
    raw: {},
    ...fields,
  };
}

/**
 * A hand-made snapshot of `users`. Every vendor a user belongs to is `complete` with its count;
 * `vendors` overrides or adds entries (a failed or skipped vendor, say).
 */
export function snapshot(
  users: DirectoryUser[],
  vendors: Partial<Record<Vendor, Partial<SnapshotVendor>>> = {},
  takenAt = '2026-10-01T00:00:00.000Z',
): Snapshot {
  const order: Vendor[] = ['telnyx', 'flashback', 'openai'];
  const entries: SnapshotVendor[] = [];
  for (const vendor of order) {
    const count = users.filter((u) => u.vendor === vendor).length;
    const override = vendors[vendor];
    if (count === 0 && !override) continue;
    entries.push({ vendor, status: 'complete', users: count, unmapped: [], ...override });
  }
  return { schemaVersion: 1, takenAt, vendors: entries, users };
}

/** The fixed "now" of the review fixtures. */
export const REVIEW_NOW = new Date('2026-10-01T00:00:00.000Z');
