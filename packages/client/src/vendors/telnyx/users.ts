import type { Telnyx } from '@orgdir/types';
import { call, guarded, invalidShape, paged, parseJsonBytes } from '../../internal/answers.js';
import { checkItems } from '../../internal/check-items.js';
import { checkNumber } from '../../internal/config.js';
import { parseCsv } from '../../internal/csv.js';
import { bodyBytes } from '../../internal/read-body.js';
import { defined } from '../../internal/values.js';
import type { VendorContext } from '../../internal/vendor-context.js';
import { encodedPage, numberedPages, type PagedIterable } from '../../pagination.js';

type Schemas = Telnyx.components['schemas'];

/** A Telnyx organization user, as the list operation returns it. */
export type TelnyxUser = Schemas['OrganizationUser'];
/** One page of the Telnyx user listing: `data` plus `meta` (total_pages, page_number…). */
export type TelnyxUsersPage = Schemas['ListOrganizationUsersResponse'];

/**
 * One row of the users/groups report, the same for JSON and CSV. The CSV carries no group ids
 * and no `record_type` or `organization_user_bypasses_sso`, so those are optional here.
 */
export type TelnyxReportRow = Omit<
  Schemas['OrganizationUserWithGroups'],
  'groups' | 'record_type' | 'organization_user_bypasses_sso'
> &
  Partial<Pick<Schemas['OrganizationUserWithGroups'], 'record_type' | 'organization_user_bypasses_sso'>> & {
    /** Group memberships; `id` is absent when the report came as CSV. */
    groups: Array<{ name: string; id?: string }>;
  };

/** Parameters of {@link TelnyxUsers.list}. */
export interface TelnyxUsersListParams {
  filter?: { user_status?: Schemas['UserStatus']; email?: string };
  includeGroups?: boolean;
  /** Users per page, an integer from 1 to 250 (the API's default and maximum is 250); anything else is a ConfigurationError before any request. */
  pageSize?: number;
  signal?: AbortSignal;
}

/** Parameters of {@link TelnyxUsers.groupsReport}. */
export interface TelnyxGroupsReportParams {
  format?: 'json' | 'csv';
  signal?: AbortSignal;
}

/** `page[size]`'s bounds. @see specs/telnyx.yaml#/components/parameters/PageSize */
const PAGE_SIZE = { min: 1, max: 250, integer: true } as const;

/** The documented CSV header of the users/groups report. */
export const REPORT_CSV_HEADER = ['id', 'email', 'user_status', 'created_at', 'last_sign_in_at', 'groups'] as const;

/** `telnyx.users`: organization users and the users/groups report. */
export interface TelnyxUsers {
  /**
   * Every organization user, auto-paginated; pages after the first are fetched concurrently and yielded in order.
   * @see specs/telnyx.yaml#/paths/~1organizations~1users/get (listOrganizationUsers)
   */
  list(params?: TelnyxUsersListParams): PagedIterable<TelnyxUser, TelnyxUsersPage>;
  /**
   * The users/groups report, as JSON or CSV, mapped to the same rows.
   * @see specs/telnyx.yaml#/paths/~1organizations~1users~1users_groups_report/get (getOrganizationUsersGroupsReport)
   */
  groupsReport(params?: TelnyxGroupsReportParams): Promise<TelnyxReportRow[]>;
}

/** Builds `telnyx.users` over the shared vendor context. */
export function telnyxUsers(ctx: VendorContext<Telnyx.paths>): TelnyxUsers {
  return {
    list({ filter, includeGroups, pageSize, signal } = {}) {
      checkNumber('pageSize', pageSize, PAGE_SIZE);
      const query = defined({
        'page[size]': pageSize,
        'filter[user_status]': filter?.user_status,
        'filter[email]': filter?.email,
        include_groups: includeGroups,
      });
      /** Checks one answered page and adapts it for the pager. */
      const usersPage = (data: TelnyxUsersPage, bytes: number | undefined) => {
        const meta: unknown = data.meta;
        if (!Array.isArray(data.data) || meta === null || typeof meta !== 'object' || !numericMeta(meta)) {
          throw invalidShape(ctx, 'a page of users with numeric meta.total_pages (and numeric page fields)');
        }
        return {
          data: checkItems<TelnyxUser>(ctx, 'listOrganizationUsers', data.data),
          body: data,
          totalPages: meta.total_pages,
          pageNumber: meta.page_number,
          pageSize: meta.page_size,
          totalResults: meta.total_results,
          bytes,
        };
      };
      const source = numberedPages<TelnyxUser, TelnyxUsersPage>(
        async (pageNumber, page) => {
          const onRetry = ({ status }: { status: number | undefined }) => status === 429 && page.onRateLimited();
          const init = {
            params: { query: { ...query, 'page[number]': pageNumber } },
            fetch: ctx.fetchWith({ signal: page.signal, onRetry }),
          };
          if (ctx.drift) {
            // Checked against the spec as it arrives, so the page is parsed now.
            const { data, response } = await call(ctx, ctx.raw.GET('/organizations/users', init));
            page.onHeaders(response.headers);
            return usersPage(data, bodyBytes(response));
          }
          // Kept as bytes until the consumer reaches the page (see EncodedPage).
          const { data: raw, response } = await call(
            ctx,
            ctx.raw.GET('/organizations/users', { ...init, parseAs: 'arrayBuffer' }),
          );
          page.onHeaders(response.headers);
          return encodedPage(raw, (bytes) =>
            usersPage(parseJsonBytes(ctx, bytes) as TelnyxUsersPage, bytes.byteLength),
          );
        },
        { concurrency: ctx.concurrency, maxConcurrency: ctx.maxConcurrency, pageSize },
      );
      return paged(ctx, source, signal);
    },

    groupsReport: ({ format = 'json', signal } = {}) =>
      guarded(ctx, async () => {
        const path = '/organizations/users/users_groups_report';
        if (format === 'csv') {
          const { data } = await call(
            ctx,
            ctx.raw.GET(path, {
              params: { header: { Accept: 'text/csv' } },
              parseAs: 'text',
              fetch: ctx.fetchWith({ signal }),
            }),
            'csv',
          );
          return parseCsv(data, REPORT_CSV_HEADER, csvRow);
        }
        const { data } = await call(
          ctx,
          ctx.raw.GET(path, { params: { header: { Accept: 'application/json' } }, fetch: ctx.fetchWith({ signal }) }),
        );
        // The generated type unions both media types; the JSON one is the object.
        if (typeof data !== 'object' || !Array.isArray(data.data)) throw invalidShape(ctx, 'a users/groups report');
        return checkItems<TelnyxReportRow>(ctx, 'getOrganizationUsersGroupsReport', data.data);
      }),
  };
}

/** The paging meta, as far as its types go: `total_pages` a number, the other fields numbers when present. */
interface NumericMeta {
  total_pages: number;
  page_number?: number;
  page_size?: number;
  total_results?: number;
}

/** True when `meta` has a numeric `total_pages` and its other paging fields are numbers or absent. */
function numericMeta(meta: object): meta is NumericMeta {
  const fields = meta as Record<string, unknown>;
  const optional = (key: string) => fields[key] === undefined || typeof fields[key] === 'number';
  return (
    typeof fields.total_pages === 'number' &&
    optional('page_number') &&
    optional('page_size') &&
    optional('total_results')
  );
}

/**
 * Maps one CSV row, whose cells are in REPORT_CSV_HEADER order; `groups` holds names joined by ", "
 * (names containing a comma cannot be told apart).
 */
function csvRow(cells: readonly string[]): TelnyxReportRow {
  const [id = '', email = '', userStatus = '', createdAt = '', lastSignInAt = '', groups = ''] = cells;
  return {
    id,
    email,
    user_status: userStatus as TelnyxReportRow['user_status'],
    created_at: createdAt,
    last_sign_in_at: lastSignInAt === '' ? null : lastSignInAt,
    groups: groupNames(groups),
  };
}

/** Splits the joined group names, trimming each and dropping empty ones. */
function groupNames(joined: string): TelnyxReportRow['groups'] {
  const groups: TelnyxReportRow['groups'] = [];
  if (joined === '') return groups;
  for (const part of joined.split(',')) {
    const name = part.trim();
    if (name !== '') groups.push({ name });
  }
  return groups;
}
