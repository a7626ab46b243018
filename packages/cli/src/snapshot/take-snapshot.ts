import { collectDirectory, type Vendor, type VendorResult } from '@orgdir/client';
import { withConnections } from '../connections.js';
import { type ConnectionOptions, type Context, now } from '../context.js';
import { describeError, UsageError } from '../errors.js';
import { notice } from '../notice.js';
import { createProgress } from '../progress.js';
import { unmappedNotice } from '../unmapped.js';
import { KEY_ENV } from '../vendors.js';
import { type Snapshot, snapshotFromDirectory } from './snapshot.js';

/** Most unmapped users listed one by one on stderr before the rest are summarised. */
const MAX_UNMAPPED_NOTICES = 5;

/** Options of {@link takeSnapshot}: the connection options and the vendors to read. */
export interface TakeSnapshotOptions extends ConnectionOptions {
  vendors: readonly Vendor[];
}

/** Notices on stderr for each failed vendor and for the records that could not be mapped. */
function vendorNotices(ctx: Context, results: readonly VendorResult[]): void {
  for (const entry of results) {
    if (entry.status === 'failed') notice(ctx, describeError(entry.error ?? 'failed', entry.vendor));
    for (const u of entry.unmapped.slice(0, MAX_UNMAPPED_NOTICES)) {
      notice(ctx, unmappedNotice(entry.vendor, u));
    }
    if (entry.unmapped.length > MAX_UNMAPPED_NOTICES) {
      notice(ctx, `${entry.vendor}: ${entry.unmapped.length - MAX_UNMAPPED_NOTICES} more users could not be mapped`);
    }
  }
}

/**
 * Reads every requested vendor (live, or the Prism mocks with `--mock`) into a {@link Snapshot},
 * taken at the context's clock. A vendor without a key is `skipped`, one that fails is `failed`;
 * both are named on stderr. With no vendor to read at all, a usage error.
 */
export async function takeSnapshot(ctx: Context, options: TakeSnapshotOptions): Promise<Snapshot> {
  return withConnections(ctx, options, options.vendors, async ({ clients, skipped }) => {
    if (Object.keys(clients).length === 0) {
      throw new UsageError(
        `no vendor to query: set ${options.vendors.map((v) => KEY_ENV[v]).join(', ')}, or pass --mock`,
      );
    }
    const progress = createProgress(ctx.stderr, options);
    let directory: Awaited<ReturnType<typeof collectDirectory>>;
    try {
      directory = await collectDirectory({
        clients,
        signal: ctx.signal,
        onProgress: (event) => progress.update(event.vendor, event.users),
      });
    } finally {
      progress.clear();
    }
    ctx.signal.throwIfAborted();
    vendorNotices(ctx, directory.vendors);
    return snapshotFromDirectory({
      directory,
      skipped: skipped.map((vendor) => ({ vendor, reason: `${KEY_ENV[vendor]} not set` })),
      takenAt: now(ctx),
      secrets: ctx.secrets,
    });
  });
}
