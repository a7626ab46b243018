import type { OpenAI } from '@orgdir/types';
import { OrgdirError } from '../../errors.js';
import type { VendorContext } from '../../internal/context.js';
import { defined } from '../../internal/defined.js';
import type { PagedIterable } from '../../pagination.js';
import { openaiListing } from './cursor.js';

type Member = OpenAI.components['schemas']['OrganizationUser'];

/**
 * A user of an OpenAI group. `object`, `role` and `added_at` are optional because OpenAI's newer
 * `GroupUser` shape ({id, name, email}) omits them; the spec follows the reference page.
 */
export type OpenAIGroupUser = Omit<Member, 'object' | 'role' | 'added_at'> &
  Partial<Pick<Member, 'object' | 'role' | 'added_at'>>;
/** One page of a group's users. */
export type OpenAIGroupUsersPage = OpenAI.components['schemas']['GroupUserListResponse'];

/** Parameters of {@link OpenAIGroupUsers.list}. */
export interface OpenAIGroupUsersListParams {
  limit?: number;
  order?: 'asc' | 'desc';
  after?: string;
  signal?: AbortSignal;
}

/** `openai.groups.users`. */
export interface OpenAIGroupUsers {
  /**
   * Every user of one group, auto-paginated by cursor. `groupId` is sent as one percent-encoded path segment.
   * @see specs/openai.yaml#/paths/~1organization~1groups~1{group_id}~1users/get (listGroupUsers)
   */
  list(groupId: string, params?: OpenAIGroupUsersListParams): PagedIterable<OpenAIGroupUser, OpenAIGroupUsersPage>;
}

/** Builds `openai.groups.users` over the shared vendor context. */
export function openaiGroupUsers(ctx: VendorContext<OpenAI.paths>): OpenAIGroupUsers {
  return {
    list(groupId, { limit, order, after, signal } = {}) {
      // Percent-encoding keeps "a/b" in one segment, but "." and ".." would still be dot segments,
      // and a lone surrogate cannot be percent-encoded at all.
      if (groupId === '' || groupId === '.' || groupId === '..' || /\p{Cs}/u.test(groupId)) {
        throw new OrgdirError(`Invalid group id ${JSON.stringify(groupId)}.`);
      }
      return openaiListing<OpenAIGroupUser, OpenAIGroupUsersPage>(
        ctx,
        'listGroupUsers',
        (cursor, fetch) =>
          ctx.raw.GET('/organization/groups/{group_id}/users', {
            params: { path: { group_id: groupId }, query: defined({ limit, order, after: cursor }) },
            fetch,
          }),
        after,
        signal,
      );
    },
  };
}
