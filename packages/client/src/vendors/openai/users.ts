import type { OpenAI } from '@orgdir/types';
import { defined } from '../../internal/values.js';
import type { VendorContext } from '../../internal/vendor-context.js';
import type { PagedIterable } from '../../pagination.js';
import { checkLimit, openaiListing } from './cursor.js';

/** An OpenAI organization user. */
export type OpenAIUser = OpenAI.components['schemas']['User'];
/** One page of the user listing. */
export type OpenAIUsersPage = OpenAI.components['schemas']['UserListResponse'];

/** Parameters of {@link OpenAIUsers.list}. */
export interface OpenAIUsersListParams {
  /** Users per page, an integer from 1 to 1000; 100 when omitted; anything else is a ConfigurationError before any request. */
  limit?: number;
  after?: string;
  /** Only users with one of these addresses. */
  emails?: string[];
  signal?: AbortSignal;
}

/** `openai.users`. */
export interface OpenAIUsers {
  /**
   * Every organization user, auto-paginated (the response has no `next`, so the last id is the cursor).
   * @see specs/openai.yaml#/paths/~1organization~1users/get (listUsers)
   */
  list(params?: OpenAIUsersListParams): PagedIterable<OpenAIUser, OpenAIUsersPage>;
}

/** Builds `openai.users` over the shared vendor context. */
export function openaiUsers(ctx: VendorContext<OpenAI.paths>): OpenAIUsers {
  return {
    list({ limit, after, emails, signal } = {}) {
      checkLimit(limit, 1000);
      return openaiListing<OpenAIUser, OpenAIUsersPage>(
        ctx,
        'listUsers',
        (cursor, fetch) =>
          ctx.raw.GET('/organization/users', { params: { query: defined({ limit, emails, after: cursor }) }, fetch }),
        after,
        signal,
      );
    },
  };
}
