import {
  type DirectoryUser,
  listVendorUsers,
  type UserFilter,
  VENDOR_DEFINITIONS,
  type Vendor,
  type VendorClients,
} from '@orgdir/client';
import { Argument, Command, Option } from 'commander';
import { withConnections } from '../connections.js';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { type Format, formatDirectory } from '../format/index.js';
import { notice } from '../notice.js';
import { addConnectionOptions, formatOption, outputOption, rawOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { createProgress } from '../progress.js';
import { unmappedNotice } from '../unmapped.js';
import { KEY_ENV, VENDORS } from '../vendors.js';

/** Every normalized status, each once: a record whose keys are exactly `DirectoryUser['status']`. */
const STATUS_SET = {
  active: true,
  disabled: true,
  blocked: true,
  deleted: true,
  unvalidated: true,
  unknown: false,
} as const satisfies Record<DirectoryUser['status'], boolean>;

/** A status `--status` accepts: every normalized status except the catch-all `unknown`. */
export type FilterStatus = {
  [S in keyof typeof STATUS_SET]: (typeof STATUS_SET)[S] extends true ? S : never;
}[keyof typeof STATUS_SET];

/** Statuses `--status` accepts: those of DirectoryUser, except the catch-all `unknown`. */
export const USER_STATUSES = (Object.keys(STATUS_SET) as Array<keyof typeof STATUS_SET>).filter(
  (status): status is FilterStatus => STATUS_SET[status],
);

/** Options of `orgdir users`. */
export interface UsersOptions extends ConnectionOptions {
  status?: FilterStatus;
  email?: string;
  group?: string;
  format: Format;
  output?: string;
  raw?: boolean;
}

/** The vendors that can list one group's members (`--group`). */
const GROUP_VENDORS = VENDOR_DEFINITIONS.filter((d) => d.serverFilters.includes('group')).map((d) => d.id);

/**
 * `orgdir users <vendor>`: one vendor's users, normalized, filtered by status, email or group
 * (vendors that list group members). The client's listing sends the filters the vendor supports
 * to it and applies the rest.
 */
export async function runUsers(ctx: Context, vendor: Vendor, options: UsersOptions): Promise<number> {
  if (options.group && !GROUP_VENDORS.includes(vendor)) {
    throw new UsageError(`--group is only supported for ${GROUP_VENDORS.join(', ')}`);
  }
  return withConnections(ctx, options, [vendor], async ({ clients }) => {
    const client = clients[vendor] as VendorClients[Vendor] | undefined;
    if (!client) throw new UsageError(`${KEY_ENV[vendor]} is not set (or run with --mock)`);
    const filter: UserFilter = {
      ...(options.status && { status: options.status }),
      ...(options.email && { email: options.email }),
      ...(options.group && { group: options.group }),
    };
    const progress = createProgress(ctx.stderr, options);
    let fetched: Awaited<ReturnType<typeof listVendorUsers>>;
    try {
      fetched = await listVendorUsers(vendor, client, {
        filter,
        signal: ctx.signal,
        onProgress: (users) => progress.update(vendor, users),
      });
    } finally {
      progress.clear();
    }
    for (const user of fetched.unmapped) notice(ctx, unmappedNotice(vendor, user));
    const { users } = fetched;
    const text = formatDirectory(options.format, users, {
      raw: options.raw ?? false,
      summaries: [{ vendor, status: 'ok', users: users.length, unmapped: fetched.unmapped.length }],
    });
    await emit(ctx, text, { file: options.output, quiet: options.quiet, what: `${users.length} users` });
    return ExitCode.ok;
  });
}

/** Which vendor filters what server-side, e.g. `acme: status, email; globex: group`. */
function serverFilterHelp(): string {
  const lines = VENDOR_DEFINITIONS.filter((d) => d.serverFilters.length > 0).map(
    (d) => `${d.id}: ${d.serverFilters.join(', ')}`,
  );
  return lines.length > 0 ? lines.join('; ') : 'none';
}

/** Builds the `users` command. */
export function usersCommand(ctx: Context): Command {
  const command = new Command('users')
    .description("List one vendor's users, normalized, with optional filters")
    .addArgument(new Argument('<vendor>', 'vendor to list').choices(VENDORS))
    .addOption(new Option('--status <status>', 'only users with this normalized status').choices(USER_STATUSES))
    .option('--email <text>', 'only users whose email contains TEXT (ignoring case where matched locally)')
    .option(
      '--group <id>',
      `${GROUP_VENDORS.join(', ')} only: list the members of group ID (their group column shows it)`,
    )
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(rawOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
Filters sent to the vendor: ${serverFilterHelp()}.
Every other filter is applied locally. Statuses are the normalized ones:
${USER_STATUSES.join(', ')}.

${GROUP_VENDORS.join(', ')}: without --group, every user of the organization is listed and
the groups column is empty (group membership needs a walk of every group: use
"orgdir directory --vendors ${GROUP_VENDORS.join(',')}"). With --group ID, the members of
that group are listed. --group with another vendor is a usage error (exit 2).

Examples:
  $ orgdir users ${VENDORS[0]} --status disabled
  $ orgdir users ${VENDORS.at(-1)} --email @example.com --format json
  $ orgdir users ${GROUP_VENDORS[0]} --group group_01J1F8ABCDXYZ --format csv`,
    )
    .action(async (vendor: Vendor, options: UsersOptions) => {
      ctx.exitCode = await runUsers(ctx, vendor, options);
    });
}
