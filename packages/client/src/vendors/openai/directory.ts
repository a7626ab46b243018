import type { Mapped } from '../../directory.js';
import { identity, unixToIso, user } from '../../internal/mapping.js';
import { str } from '../../internal/values.js';
import { collectPages } from '../../pagination.js';
import type { ListedUser, ListUsersOptions } from '../definition.js';
import type { OpenAIClient } from './client.js';
import type { OpenAIGroupUser } from './group-users.js';
import type { OpenAIUser } from './users.js';

// role as given; groups by walking every group's users; added_at → createdAt. The API has no status
// field (it lists members, whatever their state), so the status is `unknown`, never a guess.

/** Maps an OpenAI user, given the names of the groups it belongs to. */
export function mapOpenAIUser(raw: OpenAIUser | OpenAIGroupUser, groups: string[]): Mapped {
  const who = identity(raw);
  if (typeof who === 'string') return { unmapped: who };
  return user({
    vendor: 'openai',
    ...who,
    name: str(raw.name),
    status: 'unknown',
    role: str(raw.role),
    groups,
    createdAt: unixToIso(raw.added_at),
    raw,
  });
}

/**
 * OpenAI users. The directory's listing walks every group for the memberships; with a filter, the
 * users are listed without their groups, or, filtered by group, that group's members with its name.
 */
export function listOpenAIUsers(client: OpenAIClient, options: ListUsersOptions): Promise<ListedUser[]> {
  if (!options.filter) return withGroups(client, options);
  const { group } = options.filter;
  return group === undefined ? withoutGroups(client, options) : membersOf(client, group, options);
}

/** The listing options without the callback, as the resources take them. */
const signalOf = ({ signal }: ListUsersOptions) => (signal ? { signal } : {});

async function withoutGroups(client: OpenAIClient, options: ListUsersOptions): Promise<ListedUser[]> {
  const users = await collectPages(client.users.list(signalOf(options)), (n) => options.onProgress?.(n));
  return users.map((raw) => ({ raw, result: mapOpenAIUser(raw, []) }));
}

async function membersOf(client: OpenAIClient, groupId: string, options: ListUsersOptions): Promise<ListedUser[]> {
  const groups = await client.groups.list(signalOf(options)).toArray();
  const groupName = groups.find((g) => g.id === groupId)?.name ?? groupId;
  const members = await collectPages(client.groups.users.list(groupId, signalOf(options)), (n) =>
    options.onProgress?.(n),
  );
  // A group member carries the fields the mapper reads (id, email, name, role, added_at).
  return members.map((raw) => ({ raw, result: mapOpenAIUser(raw, [groupName]) }));
}

/**
 * OpenAI users with their groups. A group member missing from the user listing (added or removed
 * while listing, or hidden from it) is not dropped: it is mapped from its group-user record, with
 * status `unknown` as the organization listing did not vouch for it, or reported unmapped.
 */
async function withGroups(client: OpenAIClient, options: ListUsersOptions): Promise<ListedUser[]> {
  const opts = signalOf(options);
  const [users, groups] = await Promise.all([
    collectPages(client.users.list(opts), (n) => options.onProgress?.(n)),
    client.groups.list(opts).toArray(),
  ]);
  const membership = new Map<string, { record: OpenAIGroupUser; groups: string[] }>();
  for (const group of groups) {
    for (const member of await client.groups.users.list(group.id, opts).toArray()) {
      const entry = membership.get(member.id);
      if (entry) entry.groups.push(group.name);
      else membership.set(member.id, { record: member, groups: [group.name] });
    }
  }
  const outcomes: ListedUser[] = users.map((raw) => {
    const groupsOf = membership.get(raw.id)?.groups ?? [];
    membership.delete(raw.id);
    return { raw, result: mapOpenAIUser(raw, groupsOf) };
  });
  for (const { record, groups: names } of membership.values()) {
    const result = mapOpenAIUser(record, names);
    outcomes.push({
      raw: record,
      result:
        'unmapped' in result
          ? { unmapped: `group member not in the user listing: ${result.unmapped}` }
          : { ...result, status: 'unknown' },
    });
  }
  return outcomes;
}
