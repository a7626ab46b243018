import type { DirectoryUser } from '@orgdir/client';
import type { SnapshotVendor } from '../snapshot/snapshot.js';

/** Options shared by the JSON formatters. */
export interface JsonOptions {
  /** Keep each user's vendor record under `raw` (dropped by default: it is large and vendor-shaped). */
  raw?: boolean;
}

function project(user: DirectoryUser, options: JsonOptions): object {
  if (options.raw) return user;
  const { raw: _raw, ...rest } = user;
  return rest;
}

/** Directory users as one pretty-printed JSON array, newline-terminated. */
export function directoryToJson(users: readonly DirectoryUser[], options: JsonOptions = {}): string {
  return `${JSON.stringify(
    users.map((u) => project(u, options)),
    null,
    2,
  )}\n`;
}

/** Directory users as NDJSON: one compact JSON object per line. */
export function directoryToNdjson(users: readonly DirectoryUser[], options: JsonOptions = {}): string {
  return users.map((u) => `${JSON.stringify(project(u, options))}\n`).join('');
}

/**
 * `directory --format json`: `{ vendors, users }`, so a script can tell a complete run from a partial
 * one (`vendors[].status` is `complete`, `failed` or `skipped`). Unmapped records keep their vendor
 * record only with `raw`.
 */
export function directoryWithVendorsToJson(
  vendors: readonly SnapshotVendor[],
  users: readonly DirectoryUser[],
  options: JsonOptions = {},
): string {
  const summary = vendors.map((v) => ({
    ...v,
    unmapped: v.unmapped.map(({ reason, record }) => (options.raw ? { reason, record } : { reason })),
  }));
  return `${JSON.stringify({ vendors: summary, users: users.map((u) => project(u, options)) }, null, 2)}\n`;
}
