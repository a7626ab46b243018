import { type UsersGroupsReportRow, VENDOR_DEFINITIONS, type Vendor, type VendorClients } from '@orgdir/client';
import { Argument, Command, Option } from 'commander';
import { withConnections } from '../connections.js';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { GROUP_SEPARATOR, toCsv } from '../format/csv.js';
import { addConnectionOptions, outputOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { KEY_ENV } from '../vendors.js';

/** Output formats of `orgdir report`. */
export const REPORT_FORMATS = ['json', 'csv'] as const;

/** Options of `orgdir report`. */
export interface ReportOptions extends ConnectionOptions {
  format: (typeof REPORT_FORMATS)[number];
  output?: string;
}

/** Columns of the report as CSV: the vendor's report columns, group names joined by "; ". */
export const REPORT_CSV_COLUMNS = [
  'id',
  'email',
  'record_type',
  'user_status',
  'created_at',
  'last_sign_in_at',
  'groups',
] as const;

/** Report rows as CSV (RFC 4180, spreadsheet-safe), with {@link REPORT_CSV_COLUMNS}. */
export function reportToCsv(rows: readonly UsersGroupsReportRow[]): string {
  return toCsv([
    REPORT_CSV_COLUMNS,
    ...rows.map((r) => [
      r.id,
      r.email,
      r.record_type,
      r.user_status,
      r.created_at,
      r.last_sign_in_at,
      r.groups.map((g) => g.name).join(GROUP_SEPARATOR),
    ]),
  ]);
}

/** The vendors that have a users-and-groups report. */
const REPORT_VENDORS = VENDOR_DEFINITIONS.filter((d) => d.usersGroupsReport).map((d) => d.id);

/**
 * `orgdir report <vendor>`: the vendor's users-and-groups report (every user with their groups,
 * one call), as the client's rows in JSON, or as CSV.
 */
export async function runReport(ctx: Context, vendor: Vendor, options: ReportOptions): Promise<number> {
  const report = VENDOR_DEFINITIONS.find((d) => d.id === vendor)?.usersGroupsReport;
  if (!report) throw new UsageError(`${vendor} has no users-and-groups report`);
  return withConnections(ctx, options, [vendor], async ({ clients }) => {
    const client = clients[vendor] as VendorClients[Vendor] | undefined;
    if (!client) throw new UsageError(`${KEY_ENV[vendor]} is not set (or run with --mock)`);
    const rows = await report(client, { signal: ctx.signal });
    const text = options.format === 'csv' ? reportToCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`;
    await emit(ctx, text, { file: options.output, quiet: options.quiet, what: `${rows.length} report rows` });
    return ExitCode.ok;
  });
}

/** Builds the `report` command. */
export function reportCommand(ctx: Context): Command {
  const command = new Command('report')
    .description(`Fetch a vendor's users-and-groups report (${REPORT_VENDORS.join(', ')} only)`)
    .addArgument(new Argument('<vendor>', 'vendor whose report to fetch').choices(REPORT_VENDORS))
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('json'))
    .addOption(outputOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
The report lists every user with their groups in one call. json prints the
rows as the client returns them; csv prints the same rows as RFC 4180 CSV with
columns ${REPORT_CSV_COLUMNS.join(',')} (group names joined by "; ").

Examples:
  $ orgdir report ${REPORT_VENDORS[0]} --mock
  $ orgdir report ${REPORT_VENDORS[0]} --format csv --output ${REPORT_VENDORS[0]}-groups.csv`,
    )
    .action(async (vendor: Vendor, options: ReportOptions) => {
      ctx.exitCode = await runReport(ctx, vendor, options);
    });
}
