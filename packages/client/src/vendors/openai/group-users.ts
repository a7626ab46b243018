import type { OpenAI } from '@orgdir/types';
import { ConfigurationError, InvalidResponseError } from '../../errors.js';
import { defined } from '../../internal/values.js';
import type { VendorContext } from '../../internal/vendor-context.js';
import type { PagedIterable } from '../../pagination.js';
import { checkLimit, openaiListing } from './cursor.js';

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
  /** Users per page, an integer from 1 to 100; 20 when omitted; anything else is a ConfigurationError before any request. */
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

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The longest group id read from a response that is used in a later request path. */
const MAX_RESPONSE_ID_LENGTH = 256;

/**
 * Checks a `groupId` given by the caller. It must be a non-empty string that a URL can carry as
 * one segment (not `.` or `..`, no lone surrogate) and must not hold the API key or a fragment of
 * it; anything else is a ConfigurationError, thrown before any request.
 */
function checkGroupIdArgument(ctx: VendorContext<OpenAI.paths>, groupId: unknown): asserts groupId is string {
  const problem =
    typeof groupId !== 'string' || groupId === ''
      ? 'must be a non-empty string'
      : groupId === '.' || groupId === '..' || LONE_SURROGATE.test(groupId)
        ? 'cannot be one URL path segment'
        : ctx.redact(groupId) !== groupId
          ? 'holds the API key (or part of it)'
          : undefined;
  if (problem) throw new ConfigurationError(`Invalid group id ${shown(ctx, groupId)}: it ${problem}.`);
}

/**
 * Checks a group id read from a response before it can be used in a request path: a string of 1
 * to 256 characters with no control, format or whitespace character, no lone surrogate, none of
 * `/ \ ? # %`, not `.` or `..`, and not holding the API key or a fragment of it. OpenAI's ids
 * (`group_…`) pass; anything else is an InvalidResponseError naming the item's index.
 */
export function checkResponseGroupId(ctx: VendorContext<OpenAI.paths>, id: unknown, index: number): void {
  const problem =
    typeof id !== 'string' || id === ''
      ? 'is not a non-empty string'
      : id.length > MAX_RESPONSE_ID_LENGTH
        ? `is longer than ${MAX_RESPONSE_ID_LENGTH} characters`
        : /[\p{Cc}\p{Cf}\s/\\?#%]/u.test(id) || LONE_SURROGATE.test(id)
          ? 'holds a control, whitespace or URL-delimiting character'
          : id === '.' || id === '..'
            ? 'is a dot segment'
            : ctx.redact(id) !== id
              ? 'holds the API key (or part of it)'
              : undefined;
  if (problem) {
    throw new InvalidResponseError(
      ctx.vendor,
      `listGroups: item ${index}: the group id ${shown(ctx, id)} ${problem}; it is not used in any request.`,
    );
  }
}

/** A value quoted for a message: the key redacted, long strings shortened. */
function shown(ctx: VendorContext<OpenAI.paths>, value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  const text = JSON.stringify(ctx.redact(value));
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}

/** Builds `openai.groups.users` over the shared vendor context. */
export function openaiGroupUsers(ctx: VendorContext<OpenAI.paths>): OpenAIGroupUsers {
  return {
    list(groupId, { limit, order, after, signal } = {}) {
      // Percent-encoding keeps "a/b" in one segment, but "." and ".." would still be dot segments,
      // and a lone surrogate cannot be percent-encoded at all.
      checkGroupIdArgument(ctx, groupId);
      checkLimit(limit, 100);
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
