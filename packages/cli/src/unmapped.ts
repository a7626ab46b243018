import type { UnmappedUser, Vendor } from '@orgdir/client';

/** Longest record id quoted in a notice. */
const MAX_ID_LENGTH = 80;

/** The record's `id`, when it has a string or numeric one. */
function recordId(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object' || !('id' in raw)) return undefined;
  const { id } = raw as { id: unknown };
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (typeof id !== 'string' || id === '') return undefined;
  return id.length > MAX_ID_LENGTH ? `${id.slice(0, MAX_ID_LENGTH - 1)}…` : id;
}

/**
 * The notice for a record that could not be mapped, naming which one: its position in the vendor's
 * listing and its id when it has one, e.g. `acme: could not map record 4 (id "t-9"): missing email`.
 * The id is JSON-quoted, so quotes and control characters in vendor data stay visible and inert.
 */
export function unmappedNotice(vendor: Vendor, user: UnmappedUser): string {
  const which = [
    user.index !== undefined ? `record ${user.index + 1}` : 'a record',
    ...(recordId(user.raw) !== undefined ? [`(id ${JSON.stringify(recordId(user.raw))})`] : []),
  ].join(' ');
  return `${vendor}: could not map ${which}: ${user.reason}`;
}
