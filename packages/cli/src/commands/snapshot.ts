import type { Vendor } from '@orgdir/client';
import { Command, Option } from 'commander';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { addConnectionOptions, outputOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { isComplete, snapshotToJson } from '../snapshot/snapshot.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import { parseVendorList, VENDORS } from '../vendors.js';

/** Options of `orgdir snapshot`. */
export interface SnapshotOptions extends ConnectionOptions {
  vendors: Vendor[];
  output?: string;
}

/**
 * `orgdir snapshot`: the whole directory as one snapshot document, written atomically. A failed
 * vendor is recorded as failed and the file is still written (it says what it lacks); exit 1 then.
 */
export async function runSnapshot(ctx: Context, options: SnapshotOptions): Promise<number> {
  const snapshot = await takeSnapshot(ctx, options);
  const what = `a snapshot of ${snapshot.users.length} users${isComplete(snapshot) ? '' : ' (incomplete)'}`;
  await emit(ctx, snapshotToJson(snapshot, ctx.secrets), { file: options.output, quiet: options.quiet, what });
  return snapshot.vendors.some((v) => v.status === 'failed') ? ExitCode.failure : ExitCode.ok;
}

/** Builds the `snapshot` command. */
export function snapshotCommand(ctx: Context): Command {
  const command = new Command('snapshot')
    .description('Save every vendor\'s users as one snapshot (JSON) for later "diff" and "review"')
    .addOption(
      new Option('--vendors <list>', `comma-separated vendors to query (${VENDORS.join(', ')})`)
        .argParser(parseVendorList)
        .default([...VENDORS], 'all'),
    )
    .addOption(outputOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
The snapshot is {"schemaVersion": 1, "takenAt", "vendors": [...], "users": [...]},
each vendor complete, failed (with its error) or skipped (no key). A failed
vendor is recorded and the file is still written; the exit code is then 1.
A file that cannot be written is exit 4, and no partial file is left.
Snapshots hold each vendor's record (raw) but never an API key.

Examples:
  $ orgdir snapshot --output 2026-q4.json
  $ orgdir diff 2026-q3.json 2026-q4.json
  $ orgdir review --snapshot 2026-q4.json --format html --output review.html`,
    )
    .action(async (options: SnapshotOptions) => {
      ctx.exitCode = await runSnapshot(ctx, options);
    });
}
