import type { Vendor } from '@orgdir/client';
import { Command, Option } from 'commander';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { FORMATS, type Format, formatDirectory, type VendorSummary } from '../format/index.js';
import { directoryWithVendorsToJson } from '../format/json.js';
import { notice } from '../notice.js';
import { addConnectionOptions, outputOption, rawOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { isComplete, type Snapshot, snapshotToJson } from '../snapshot/snapshot.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import { parseVendorList, VENDORS } from '../vendors.js';

/** Formats of `orgdir directory`: the shared ones plus `snapshot`. */
export const DIRECTORY_FORMATS = [...FORMATS, 'snapshot'] as const;

/** Options of `orgdir directory`. */
export interface DirectoryOptions extends ConnectionOptions {
  vendors: Vendor[];
  format: Format | 'snapshot';
  output?: string;
  raw?: boolean;
}

/** The table's summary line data for each vendor of a snapshot. */
function summaries(snapshot: Snapshot): VendorSummary[] {
  return snapshot.vendors.map((v) => ({
    vendor: v.vendor,
    status: v.status === 'complete' ? 'ok' : v.status,
    users: v.users,
    unmapped: v.unmapped.length,
    ...(v.error ? { message: v.error.replace(`${v.vendor}: `, '') } : {}),
  }));
}

/** Renders the directory in the chosen format. */
function render(ctx: Context, snapshot: Snapshot, options: DirectoryOptions): string {
  const raw = options.raw ?? false;
  switch (options.format) {
    case 'snapshot':
      return snapshotToJson(snapshot, ctx.secrets);
    case 'json':
      return directoryWithVendorsToJson(snapshot.vendors, snapshot.users, { raw });
    default:
      return formatDirectory(options.format, snapshot.users, { raw, summaries: summaries(snapshot) });
  }
}

/**
 * `orgdir directory`: every user of every vendor, normalized to one shape. A failed vendor is
 * reported on stderr and the others are still printed (exit 1); with `--output`, an incomplete
 * directory is not written at all, so a file on disk is always a complete export, except a
 * snapshot, which records the failed vendor and is written.
 */
export async function runDirectory(ctx: Context, options: DirectoryOptions): Promise<number> {
  const snapshot = await takeSnapshot(ctx, options);
  const failed = snapshot.vendors.filter((v) => v.status === 'failed').map((v) => v.vendor);
  const text = render(ctx, snapshot, options);
  if (options.output && failed.length > 0 && options.format !== 'snapshot') {
    notice(ctx, `not writing ${options.output}: the directory is incomplete (${failed.join(', ')} failed)`);
  } else {
    const what = `${snapshot.users.length} users${isComplete(snapshot) ? '' : ' (incomplete)'}`;
    await emit(ctx, text, { file: options.output, quiet: options.quiet, what });
  }
  return failed.length > 0 ? ExitCode.failure : ExitCode.ok;
}

/** Builds the `directory` command. */
export function directoryCommand(ctx: Context): Command {
  const command = new Command('directory')
    .description('List every user of every vendor in one normalized directory')
    .addOption(
      new Option('--vendors <list>', `comma-separated vendors to query (${VENDORS.join(', ')})`)
        .argParser(parseVendorList)
        .default([...VENDORS], 'all'),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format (when not given: from the --output extension)')
        .choices(DIRECTORY_FORMATS)
        .default('table'),
    )
    .addOption(outputOption())
    .addOption(rawOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
A vendor whose key is not set is skipped with a notice. If a vendor fails, the
others are still printed, the failure goes to stderr and the exit code is 1;
with --output nothing is written then, so an export file is always complete.
--format snapshot is the exception: it records the failed vendor and is written.

json prints {"vendors": [...], "users": [...]}: each vendor's status is
complete, failed or skipped, so a script can tell a partial run.

Examples:
  $ orgdir directory --mock
  $ orgdir directory --vendors ${VENDORS.slice(0, 2).join(',')} --format csv --output users.csv
  $ orgdir directory --format json | jq -r '.users[].email'
  $ orgdir directory --format snapshot --output 2026-q4.json`,
    )
    .action(async (options: DirectoryOptions) => {
      ctx.exitCode = await runDirectory(ctx, options);
    });
}
