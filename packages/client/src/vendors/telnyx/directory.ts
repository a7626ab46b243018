import type { DirectoryUser, Mapped } from '../../directory.js';
import { identity, user } from '../../internal/mapping.js';
import { str } from '../../internal/values.js';
import { collectPages } from '../../pagination.js';
import type { ListedUser, ListUsersOptions } from '../definition.js';
import type { TelnyxClient } from './client.js';
import type { TelnyxUser } from './users.js';

// user_status → status; record_type organization_owner → owner, else member; groups from include_groups.

/** Telnyx's `user_status` → the directory's status. */
export const TELNYX_STATUS_TO_DIRECTORY = { enabled: 'active', disabled: 'disabled', blocked: 'blocked' } as const;

/** The directory's status → Telnyx's `user_status`, for the statuses Telnyx can filter on server-side. */
export const DIRECTORY_STATUS_TO_TELNYX = { active: 'enabled', disabled: 'disabled', blocked: 'blocked' } as const;

/** Maps a Telnyx user (listed with `include_groups`). */
export function mapTelnyxUser(raw: TelnyxUser): Mapped {
  const who = identity(raw);
  if (typeof who === 'string') return { unmapped: who };
  const status =
    raw.user_status && Object.hasOwn(TELNYX_STATUS_TO_DIRECTORY, raw.user_status)
      ? TELNYX_STATUS_TO_DIRECTORY[raw.user_status]
      : 'unknown';
  return user({
    vendor: 'telnyx',
    ...who,
    status,
    role: raw.record_type === 'organization_owner' ? 'owner' : 'member',
    groups: (raw.groups ?? []).map((g) => g.name),
    createdAt: str(raw.created_at),
    lastSignInAt: str(raw.last_sign_in_at),
    raw,
  });
}

/** The Telnyx `user_status` of a directory status, when Telnyx can filter on it. */
function telnyxStatus(status: DirectoryUser['status'] | undefined) {
  return status && Object.hasOwn(DIRECTORY_STATUS_TO_TELNYX, status)
    ? DIRECTORY_STATUS_TO_TELNYX[status as keyof typeof DIRECTORY_STATUS_TO_TELNYX]
    : undefined;
}

/** Every Telnyx user with its groups, mapped; status and email filters are sent to the API. */
export async function listTelnyxUsers(client: TelnyxClient, options: ListUsersOptions): Promise<ListedUser[]> {
  const { signal, onProgress, filter } = options;
  const status = telnyxStatus(filter?.status);
  const query = {
    ...(status ? { user_status: status } : {}),
    ...(filter?.email ? { email: filter.email } : {}),
  };
  const listing = client.users.list({
    includeGroups: true,
    ...(Object.keys(query).length > 0 ? { filter: query } : {}),
    ...(signal ? { signal } : {}),
  });
  const users = await collectPages(listing, (n) => onProgress?.(n));
  return users.map((raw) => ({ raw, result: mapTelnyxUser(raw) }));
}
