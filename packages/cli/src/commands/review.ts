import type { Vendor } from '@orgdir/client';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { addConnectionOptions, BASE_URL_KEYS, outputOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { formatReview, REVIEW_FORMATS, type ReviewFormat } from '../review/format-review.js';
import { DEFAULT_SETTINGS, reviewSnapshot } from '../review/review.js';
import { SEVERITIES, type Severity } from '../review/types.js';
import { readSnapshot } from '../snapshot/read-snapshot.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import { parseVendorList, VENDORS } from '../vendors.js';

/** Options of `orgdir review`. */
export interface ReviewOptions extends ConnectionOptions {
  snapshot?: string;
  vendors: Vendor[];
  inactiveDays: number;
  maxOwners: number;
  domain: string[];
  failOn?: Severity;
  format: ReviewFormat;
  output?: string;
}

/** A commander parser for an integer from `min` to `max`; anything else is a usage error. */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    }
    return n;
  };
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** Collects repeated `--domain` values, lower-cased, a leading `@` dropped; a non-domain is a usage error. */
export function collectDomain(value: string, previous: string[] = []): string[] {
  const domain = value.trim().toLowerCase().replace(/^@/, '');
  if (!DOMAIN.test(domain)) throw new InvalidArgumentError(`expected a domain name such as example.com`);
  return previous.includes(domain) ? previous : [...previous, domain];
}

/**
 * `orgdir review`: findings over a snapshot file, or over a live (or `--mock`) run, as of the time the
 * snapshot was taken (for a live run, now by the context's clock). Exit 1 when
 * `--fail-on` is given and a finding reaches that severity; otherwise 0.
 */
export async function runReview(ctx: Context, options: ReviewOptions): Promise<number> {
  const snapshot = options.snapshot ? await readSnapshot(options.snapshot) : await takeSnapshot(ctx, options);
  const report = reviewSnapshot(snapshot, {
    settings: { inactiveDays: options.inactiveDays, maxOwners: options.maxOwners, domains: options.domain },
  });
  await emit(ctx, formatReview(options.format, report), {
    file: options.output,
    quiet: options.quiet,
    what: `a review with ${report.findings.length} findings`,
  });
  const threshold = options.failOn ? SEVERITIES.indexOf(options.failOn) : -1;
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) <= threshold) ? ExitCode.failure : ExitCode.ok;
}

/** Builds the `review` command. */
export function reviewCommand(ctx: Context): Command {
  const command = new Command('review')
    .description('Access-review findings across vendors: offboarding leftovers, inactive and privileged accounts…')
    .addOption(
      new Option('--snapshot <file>', 'review this snapshot instead of reading the vendors').conflicts([
        'mock',
        ...BASE_URL_KEYS,
      ]),
    )
    .addOption(
      new Option('--vendors <list>', `comma-separated vendors to read (${VENDORS.join(', ')})`)
        .argParser(parseVendorList)
        .default([...VENDORS], 'all')
        .conflicts('snapshot'),
    )
    .addOption(
      new Option('--inactive-days <n>', 'inactive: no sign-in for more than N days')
        .argParser(integerIn(1, 36_500))
        .default(DEFAULT_SETTINGS.inactiveDays),
    )
    .addOption(
      new Option('--max-owners <n>', 'privileged: medium when a vendor has more than N')
        .argParser(integerIn(0, 100_000))
        .default(DEFAULT_SETTINGS.maxOwners),
    )
    .addOption(
      new Option('--domain <domain>', "the organization's email domain (repeatable); enables external-domain")
        .argParser(collectDomain)
        .default([]),
    )
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when any finding is at least this severe').choices(SEVERITIES),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(REVIEW_FORMATS).default('table'))
    .addOption(outputOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
Rules: status-mismatch (high), inactive (medium), privileged (low; medium
over --max-owners), external-domain (medium, with --domain), sso-bypass
(medium), unvalidated (low), unknown-status (medium), incomplete (high, a
vendor failed). People are matched across vendors by email, trimmed and
lower-cased. Ages are measured at the snapshot's takenAt, so a snapshot file
always gives the same findings. html is one self-contained page.

Exit codes: 0, or 1 with --fail-on when a finding reaches that severity;
2 on a usage error or a snapshot file that cannot be read.

Examples:
  $ orgdir review --mock
  $ orgdir review --snapshot 2026-q4.json --domain example.com --format html --output review.html
  $ orgdir review --fail-on high --format json | jq '.findings[] | select(.rule == "status-mismatch")'`,
    )
    .action(async (options: ReviewOptions) => {
      ctx.exitCode = await runReview(ctx, options);
    });
}
