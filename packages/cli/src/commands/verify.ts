import { VENDOR_DEFINITIONS, type Vendor } from '@orgdir/client';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { addConnectionOptions, outputOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { parseVendorList, VENDORS } from '../vendors.js';
import { formatVerify, VERIFY_FORMATS, type VerifyFormat } from '../verify/format-verify.js';
import { isClean, verifyVendors } from '../verify/verify.js';

/** Options of `orgdir verify`. */
export interface VerifyCommandOptions extends ConnectionOptions {
  vendors: Vendor[];
  format: VerifyFormat;
  maxGroups: number;
  output?: string;
}

/** `--max-groups`' bounds and default. */
export const MAX_GROUPS = { min: 0, max: 10_000, default: 10 } as const;

/** Parses `--max-groups N`: a whole number in {@link MAX_GROUPS}' range, else a usage error. */
export function parseMaxGroups(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < MAX_GROUPS.min || n > MAX_GROUPS.max) {
    throw new InvalidArgumentError(`expected a whole number from ${MAX_GROUPS.min} to ${MAX_GROUPS.max}`);
  }
  return n;
}

/**
 * `orgdir verify`: calls every read operation of each vendor with a key, checks each answer against
 * the spec, and prints the differences per vendor, operation, path and kind. Exit 0 when every
 * vendor verified is clean, 1 on drift or a failed call.
 */
export async function runVerify(ctx: Context, options: VerifyCommandOptions): Promise<number> {
  const report = await verifyVendors(ctx, options);
  const verified = report.vendors.filter((v) => v.status !== 'skipped').length;
  await emit(ctx, formatVerify(options.format, report), {
    file: options.output,
    quiet: options.quiet,
    what: `the verify report of ${verified} vendor${verified === 1 ? '' : 's'}`,
  });
  return isClean(report) ? ExitCode.ok : ExitCode.failure;
}

/** Builds the `verify` command. */
export function verifyCommand(ctx: Context): Command {
  const command = new Command('verify')
    .description("Check the vendors' live answers against our specs and report any drift")
    .addOption(
      new Option('--vendors <list>', `comma-separated vendors to verify (${VENDORS.join(', ')})`)
        .argParser(parseVendorList)
        .default([...VENDORS], 'all'),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format (when not given: from the --output extension)')
        .choices(VERIFY_FORMATS)
        .default('table'),
    )
    .addOption(
      new Option(
        '--max-groups <n>',
        `list the members of at most N groups, where a vendor lists them group by group (${MAX_GROUPS.min}..${MAX_GROUPS.max}, default ${MAX_GROUPS.default})`,
      )
        .argParser(parseMaxGroups)
        .default(MAX_GROUPS.default),
    )
    .addOption(outputOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
Every read operation orgdir models is called (every page), and each answer is
checked against the vendor's spec:
${VENDOR_DEFINITIONS.map((d) => `  ${d.displayName}: ${d.verify.steps.map((step) => step.description).join('; ')}`).join('\n')}

The report lists, per vendor and operation, each difference by path and kind
with how often it was seen: undocumented-property, unknown-enum-value,
type-mismatch, missing-required, null-not-allowed, format-mismatch,
undocumented-status, undocumented-media-type, and report-mismatch (the JSON
and CSV report rows disagree). Values of fields are never printed.

A vendor whose key is not set is skipped. Exit codes: 0 every vendor verified
is clean, 1 drift or a failed call, 2 usage error.

Examples:
  $ orgdir verify --mock
  $ orgdir verify --vendors telnyx --format json --output drift.json
  $ orgdir verify --format md >> "$GITHUB_STEP_SUMMARY"`,
    )
    .action(async (options: VerifyCommandOptions) => {
      ctx.exitCode = await runVerify(ctx, options);
    });
}
