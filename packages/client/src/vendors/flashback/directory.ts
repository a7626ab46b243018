import type { DirectoryUser, Mapped } from '../../directory.js';
import { identity, user } from '../../internal/mapping.js';
import { str } from '../../internal/values.js';
import type { ListedUser, ListUsersOptions } from '../definition.js';
import type { FlashbackClient } from './client.js';
import type { FlashbackUser } from './organization-users.js';

// deletedAt → deleted, validated false → unvalidated, validated true → active, else unknown; orgRole code → role name.

/** Maps a Flashback user. */
export function mapFlashbackUser(raw: FlashbackUser): Mapped {
  const who = identity(raw);
  if (typeof who === 'string') return { unmapped: who };
  const name = [raw.name, raw.lastName].filter((part) => str(part)).join(' ');
  return user({
    vendor: 'flashback',
    ...who,
    name: name || undefined,
    status: flashbackStatus(raw),
    role: raw.orgRoleName?.toLowerCase(),
    groups: [],
    raw,
  });
}

/** Every property is optional: a missing `validated` says nothing, so it is `unknown`, not `active`. */
function flashbackStatus(raw: FlashbackUser): DirectoryUser['status'] {
  if (raw.deletedAt) return 'deleted';
  if (raw.validated === false) return 'unvalidated';
  return raw.validated === true ? 'active' : 'unknown';
}

/** Every Flashback user, mapped (one call: the API does not paginate or filter). */
export async function listFlashbackUsers(client: FlashbackClient, options: ListUsersOptions): Promise<ListedUser[]> {
  const { signal, onProgress } = options;
  const users = await client.organization.users.list(signal ? { signal } : {});
  onProgress?.(users.length);
  return users.map((raw) => ({ raw, result: mapFlashbackUser(raw) }));
}
