import type { OpenAI } from '@orgdir/types';
import { defined } from '../../internal/values.js';
import type { VendorContext } from '../../internal/vendor-context.js';
import type { PagedIterable } from '../../pagination.js';
import { checkLimit, openaiListing } from './cursor.js';
import { checkResponseGroupId, type OpenAIGroupUsers, openaiGroupUsers } from './group-users.js';

type Schemas = OpenAI.components['schemas'];

/** An OpenAI organization group. */
export type OpenAIGroup = Schemas['Group'];
/** One page of the group listing. */
export type OpenAIGroupsPage = Schemas['GroupListResponse'];

/** Parameters of {@link OpenAIGroups.list}. */
export interface OpenAIGroupsListParams {
  /** Groups per page, an integer from 1 to 1000; 100 when omitted; anything else is a ConfigurationError before any request. */
  limit?: number;
  order?: 'asc' | 'desc';
  after?: string;
  signal?: AbortSignal;
}

/** `openai.groups`: the organization's groups, and each group's users. */
export interface OpenAIGroups {
  /**
   * Every group, auto-paginated by cursor.
   * @see specs/openai.yaml#/paths/~1organization~1groups/get (listGroups)
   */
  list(params?: OpenAIGroupsListParams): PagedIterable<OpenAIGroup, OpenAIGroupsPage>;
  users: OpenAIGroupUsers;
}

/** Builds `openai.groups` over the shared vendor context. */
export function openaiGroups(ctx: VendorContext<OpenAI.paths>): OpenAIGroups {
  return {
    list({ limit, order, after, signal } = {}) {
      checkLimit(limit, 1000);
      return openaiListing<OpenAIGroup, OpenAIGroupsPage>(
        ctx,
        'listGroups',
        (cursor, fetch) =>
          ctx.raw
            .GET('/organization/groups', { params: { query: defined({ limit, order, after: cursor }) }, fetch })
            .then((result) => {
              // A group's id goes into the path of `groups.users.list`: check it before it is data.
              // Items that are not objects with a string id are left to the listing's item check.
              const items: unknown = result.data?.data;
              if (result.response.ok && Array.isArray(items)) {
                items.forEach((item: unknown, index) => {
                  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
                  if (typeof id === 'string') checkResponseGroupId(ctx, id, index);
                });
              }
              return result;
            }),
        after,
        signal,
      );
    },
    users: openaiGroupUsers(ctx),
  };
}
