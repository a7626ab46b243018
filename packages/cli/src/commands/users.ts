import {
  type DirectoryUser,
  type Mapped,
  mapFlashbackUser,
  mapOpenAIUser,
  mapTelnyxUser,
  type UnmappedUser,
  type Vendor,
} from '@orgdir/client';
import { Argument, Command, Option } from 'commander';
import { type Clients, withConnections } from '../connections.js';
import type { ConnectionOptions, Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { type Format, formatDirectory } from '../format/index.js';
import { notice } from '../notice.js';
import { addConnectionOptions, formatOption, outputOption, rawOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { createProgress, type Progress } from '../progress.js';
import { unmappedNotice } from '../unmapped.js';
import { KEY_ENV, VENDORS } from '../vendors.js';

/** Statuses `--status` accepts: those of DirectoryUser, except the catch-all `unknown`. */
export const USER_STATUSES = ['active', 'disabled', 'blocked', 'deleted', 'unvalidated'] as const;

/** Options of `orgdir users`. */
export interface UsersOptions extends ConnectionOptions {
  status?: (typeof USER_STATUSES)[number];
  email?: string;
  group?: string;
  format: Format;
  output?: string;
  raw?: boolean;
}

/** Telnyx's own status for the statuses it can filter on server-side. */
const TELNYX_STATUS = { active: 'enabled', disabled: 'disabled', blocked: 'blocked' } as const;

/** Users mapped to the directory shape, and the records that could not be. */
interface Fetched {
  users: DirectoryUser[];
  unmapped: UnmappedUser[];
}

/** Reads one vendor's users with the filters the vendor supports server-side, mapped by the client's mappers. */
async function fetchUsers(
  vendor: Vendor,
  clients: Clients,
  options: UsersOptions,
  progress: Progress,
  signal: AbortSignal,
): Promise<Fetched> {
  const fetched: Fetched = { users: [], unmapped: [] };
  const addPage = <T>(records: readonly T[], map: (record: T) => Mapped) => {
    for (const record of records) {
      const mapped = map(record);
      const index = fetched.users.length + fetched.unmapped.length;
      if ('unmapped' in mapped) fetched.unmapped.push({ raw: record, reason: mapped.unmapped, index });
      else fetched.users.push(mapped);
    }
    progress.update(vendor, fetched.users.length + fetched.unmapped.length);
  };
  switch (vendor) {
    case 'telnyx': {
      const client = clients.telnyx;
      if (!client) break;
      const status =
        options.status && Object.hasOwn(TELNYX_STATUS, options.status)
          ? TELNYX_STATUS[options.status as keyof typeof TELNYX_STATUS]
          : undefined;
      const filter = { ...(status ? { user_status: status } : {}), ...(options.email ? { email: options.email } : {}) };
      for await (const page of client.users.list({ filter, includeGroups: true, signal }).pages()) {
        addPage(page.data, mapTelnyxUser);
      }
      break;
    }
    case 'flashback': {
      const client = clients.flashback;
      if (!client) break;
      addPage(await client.organization.users.list({ signal }), mapFlashbackUser);
      break;
    }
    case 'openai': {
      const client = clients.openai;
      if (!client) break;
      if (options.group) {
        const groupId = options.group;
        const groups = await client.groups.list({ signal }).toArray();
        const groupName = groups.find((g) => g.id === groupId)?.name ?? groupId;
        for await (const page of client.groups.users.list(groupId, { signal }).pages()) {
          // A group member carries the fields the mapper reads (id, email, name, role, added_at).
          addPage(page.data, (u) => mapOpenAIUser(u, [groupName]));
        }
      } else {
        for await (const page of client.users.list({ signal }).pages()) addPage(page.data, (u) => mapOpenAIUser(u, []));
      }
      break;
    }
  }
  return fetched;
}

/** The client-side filters: `--status` exactly, `--email` as a case-insensitive substring. */
export function matchesFilters(user: DirectoryUser, options: Pick<UsersOptions, 'status' | 'email'>): boolean {
  if (options.status && user.status !== options.status) return false;
  if (options.email && !user.email.toLowerCase().includes(options.email.toLowerCase())) return false;
  return true;
}

/**
 * `orgdir users <vendor>`: one vendor's users, normalized, filtered by status, email or (OpenAI)
 * group. Filters the vendor supports are sent to it (Telnyx status and email); the rest apply here.
 */
export async function runUsers(ctx: Context, vendor: Vendor, options: UsersOptions): Promise<number> {
  if (options.group && vendor !== 'openai') throw new UsageError('--group is only supported for openai');
  return withConnections(ctx, options, [vendor], async ({ clients }) => {
    if (!clients[vendor]) throw new UsageError(`${KEY_ENV[vendor]} is not set (or run with --mock)`);
    const progress = createProgress(ctx.stderr, options);
    let fetched: Fetched;
    try {
      fetched = await fetchUsers(vendor, clients, options, progress, ctx.signal);
    } finally {
      progress.clear();
    }
    for (const user of fetched.unmapped) notice(ctx, unmappedNotice(vendor, user));
    const users = fetched.users.filter((u) => matchesFilters(u, options));
    const text = formatDirectory(options.format, users, {
      raw: options.raw ?? false,
      summaries: [{ vendor, status: 'ok', users: users.length, unmapped: fetched.unmapped.length }],
    });
    await emit(ctx, text, { file: options.output, quiet: options.quiet, what: `${users.length} users` });
    return ExitCode.ok;
  });
}

/** Builds the `users` command. */
export function usersCommand(ctx: Context): Command {
  const command = new Command('users')
    .description("List one vendor's users, normalized, with optional filters")
    .addArgument(new Argument('<vendor>', 'vendor to list').choices(VENDORS))
    .addOption(new Option('--status <status>', 'only users with this normalized status').choices(USER_STATUSES))
    .option('--email <text>', 'only users whose email contains TEXT (Telnyx matches server-side; others ignore case)')
    .option('--group <id>', 'openai only: list the members of group ID (their group column shows it)')
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(rawOption());
  return settleOutputOptions(addConnectionOptions(command))
    .addHelpText(
      'after',
      `
Filters: Telnyx filters status and email server-side; Flashback and OpenAI are
filtered locally. Statuses are the normalized ones (Telnyx "enabled" is
"active"): ${USER_STATUSES.join(', ')}.

OpenAI: without --group, every user of the organization is listed and the
groups column is empty (group membership needs a walk of every group: use
"orgdir directory --vendors openai"). With --group ID, the members of that
group are listed. --group with another vendor is a usage error (exit 2).

Examples:
  $ orgdir users telnyx --status disabled
  $ orgdir users flashback --email @example.com --format json
  $ orgdir users openai --group group_01J1F8ABCDXYZ --format csv`,
    )
    .action(async (vendor: Vendor, options: UsersOptions) => {
      ctx.exitCode = await runUsers(ctx, vendor, options);
    });
}
