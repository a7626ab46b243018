import { collectDirectory, type Vendor } from '@orgdir/client';
import { Command, Option } from 'commander';
import { withConnections } from '../connections.js';
import type { ConnectionOptions, Context } from '../context.js';
import { describeError, ExitCode, UsageError } from '../errors.js';
import { type Format, formatDirectory, type VendorSummary } from '../format/index.js';
import { notice } from '../notice.js';
import { addConnectionOptions, formatOption, outputOption, rawOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { createProgress } from '../progress.js';
import { unmappedNotice } from '../unmapped.js';
import { KEY_ENV, parseVendorList, VENDORS } from '../vendors.js';

/** Options of `orgdir directory`. */
export interface DirectoryOptions extends ConnectionOptions {
  vendors: Vendor[];
  format: Format;
  output?: string;
  raw?: boolean;
}

/** Most unmapped users listed one by one on stderr before the rest are summarised. */
const MAX_UNMAPPED_NOTICES = 5;

/**
 * `orgdir directory`: every user of every vendor, normalized to one shape. A failed vendor is
 * reported on stderr and the others are still printed (exit 1); with `--output`, an incomplete
 * directory is not written at all, so a file on disk is always a complete export.
 */
export async function runDirectory(ctx: Context, options: DirectoryOptions): Promise<number> {
  return withConnections(ctx, options, options.vendors, async ({ clients, skipped }) => {
    if (Object.keys(clients).length === 0) {
      throw new UsageError(
        `no vendor to query: set ${options.vendors.map((v) => KEY_ENV[v]).join(', ')}, or pass --mock`,
      );
    }
    const progress = createProgress(ctx.stderr, options);
    let result: Awaited<ReturnType<typeof collectDirectory>>;
    try {
      result = await collectDirectory({
        clients,
        signal: ctx.signal,
        onProgress: (event) => progress.update(event.vendor, event.users),
      });
    } finally {
      progress.clear();
    }
    ctx.signal.throwIfAborted();

    const summaries: VendorSummary[] = [];
    for (const entry of result.vendors) {
      if (entry.status === 'failed') notice(ctx, describeError(entry.error ?? 'failed', entry.vendor));
      entry.unmapped.slice(0, MAX_UNMAPPED_NOTICES).forEach((u) => {
        notice(ctx, unmappedNotice(entry.vendor, u));
      });
      if (entry.unmapped.length > MAX_UNMAPPED_NOTICES) {
        notice(ctx, `${entry.vendor}: ${entry.unmapped.length - MAX_UNMAPPED_NOTICES} more users could not be mapped`);
      }
      summaries.push({
        vendor: entry.vendor,
        status: entry.status,
        users: entry.users,
        unmapped: entry.unmapped.length,
        ...(entry.error ? { message: describeError(entry.error, entry.vendor).replace(`${entry.vendor}: `, '') } : {}),
      });
    }
    for (const vendor of skipped) {
      summaries.push({ vendor, status: 'skipped', users: 0, message: `${KEY_ENV[vendor]} not set` });
    }
    summaries.sort((a, b) => VENDORS.indexOf(a.vendor) - VENDORS.indexOf(b.vendor));

    const failed = result.vendors.filter((v) => v.status === 'failed').map((v) => v.vendor);
    const text = formatDirectory(options.format, result.users, { raw: options.raw ?? false, summaries });
    if (options.output && failed.length > 0) {
      notice(ctx, `not writing ${options.output}: the directory is incomplete (${failed.join(', ')} failed)`);
    } else {
      await emit(ctx, text, { file: options.output, quiet: options.quiet, what: `${result.users.length} users` });
    }
    return failed.length > 0 ? ExitCode.failure : ExitCode.ok;
  });
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
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(rawOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
A vendor whose key is not set is skipped with a notice. If a vendor fails, the
others are still printed, the failure goes to stderr and the exit code is 1;
with --output nothing is written then, so an export file is always complete.

Examples:
  $ orgdir directory --mock
  $ orgdir directory --vendors telnyx,openai --format csv --output users.csv
  $ orgdir directory --format ndjson | jq -r .email`,
    )
    .action(async (options: DirectoryOptions) => {
      ctx.exitCode = await runDirectory(ctx, options);
    });
}
