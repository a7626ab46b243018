/**
 * Telnyx: `GET /organizations/users` (page numbers, `meta`, `filter[user_status]`,
 * `filter[email]`, `include_groups`) and `GET /organizations/users/users_groups_report` (JSON, or
 * CSV for `Accept: text/csv`).
 * @see specs/telnyx.yaml listOrganizationUsers, getOrganizationUsersGroupsReport
 */
import { type Answer, bent, isPath, json, pageSize, record, type VendorDefinition } from '../endpoint.js';
import type { UserStore } from '../store.js';
import type { FakeUser, MetaField } from '../types.js';

/** The columns of the CSV users groups report, in order (the documented header the client reads). */
export const REPORT_COLUMNS = ['id', 'email', 'user_status', 'created_at', 'last_sign_in_at', 'groups'] as const;

/** `user` as the list answers it; `groups` only with `include_groups=true`. */
function telnyxUser(user: FakeUser, includeGroups: boolean): Record<string, unknown> {
  const base = record(user, 'telnyx', () => ({
    id: user.id,
    record_type: 'organization_sub_user',
    email: user.email,
    user_status: 'enabled',
    organization_user_bypasses_sso: false,
    created_at: '2024-01-01T00:00:00.000Z',
    last_sign_in_at: null,
  }));
  const groups = includeGroups ? (base.groups ?? user.groups.map((name) => ({ name }))) : undefined;
  return { ...base, groups };
}

/** `user` as the report answers it: groups with their ids. */
function reportUser(store: UserStore, user: FakeUser): Record<string, unknown> {
  const base = telnyxUser(user, true);
  const groups =
    (user.records ?? user.fields)?.telnyx?.groups ?? user.groups.map((name) => ({ id: store.groupIdOf(name), name }));
  return { ...base, groups };
}

/** The report of `users` as the fake serves it: RFC 4180 CSV, groups joined by ", " and quoted where needed. */
export function reportCsv(users: readonly FakeUser[]): string {
  return csv(
    users.map((u) => ({
      ...telnyxUser(u, true),
      groups: (u.records ?? u.fields)?.telnyx?.groups ?? u.groups.map((name) => ({ name })),
    })),
  );
}

function csv(users: readonly Record<string, unknown>[]): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines: string[] = [REPORT_COLUMNS.join(',')];
  for (const u of users) {
    const groups = (u.groups as Array<{ name: string }>).map((g) => g.name).join(', ');
    const cells = [u.id, u.email, u.user_status, u.created_at, u.last_sign_in_at ?? '', groups];
    lines.push(cells.map((c) => quote(String(c))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The users matching the list's filters, or `undefined` when no filter is given. */
function filtered(store: UserStore, query: URLSearchParams): FakeUser[] | undefined {
  const status = query.get('filter[user_status]');
  const email = query.get('filter[email]');
  if (status === null && email === null) return undefined;
  return store.all('telnyx').filter((u) => {
    const r = telnyxUser(u, false);
    return (status === null || r.user_status === status) && (email === null || String(r.email).includes(email));
  });
}

/** Telnyx's own error codes and titles, for the statuses that have one. */
const KNOWN_ERRORS: Partial<Record<number, { code: string; title: string }>> = {
  401: { code: '10009', title: 'Authentication failed' },
  429: { code: '10011', title: 'Too many requests' },
};

/** Telnyx's error envelope. */
function errorBody(status: number, message?: string): unknown {
  const { code, title } = KNOWN_ERRORS[status] ?? { code: String(10000 + status), title: `Fault ${status}` };
  return { errors: [{ code, title, detail: message ?? 'injected by the fake vendor' }] };
}

const badRequest = (detail: string): Answer => json(errorBody(400, detail), 400);

/** The fake Telnyx. */
export const telnyx: VendorDefinition = {
  vendor: 'telnyx',
  prefix: '/v2',
  errorBody,
  endpoints: [
    {
      endpoint: 'telnyx.users',
      match: (segments) => (isPath(segments, 'organizations/users') ? {} : undefined),
      page: (query) => Number(query.get('page[number]') ?? '1'),
      render({ query, fault, store, paging }) {
        const requested = pageSize(query.get('page[size]'), paging.telnyx);
        const number = Number(query.get('page[number]') ?? '1');
        if (
          requested === undefined ||
          (paging.telnyx.outOfRange === 'reject' && !(Number.isInteger(number) && number >= 1))
        )
          return badRequest(
            `page[number] must be >= 1 and page[size] within ${paging.telnyx.min}..${paging.telnyx.max}`,
          );
        const size = fault.kind === 'resize' ? fault.pageSize : requested;
        // A repeated page: the items of the page before, labelled with the number asked for.
        const source = fault.kind === 'repeat' && number > 1 ? number - 1 : number;
        const start = Math.max(0, (source - 1) * size - (fault.kind === 'overlap' ? fault.by : 0));
        const matches = filtered(store, query);
        const total = matches ? matches.length : store.count('telnyx');
        const page = matches ? matches.slice(start, start + size) : store.slice('telnyx', start, start + size);
        const includeGroups = query.get('include_groups') === 'true';
        const meta: Record<MetaField, number> = {
          total_pages: Math.ceil(total / size),
          total_results: total,
          page_number: number,
          page_size: size,
        };
        if (fault.kind === 'meta' && typeof fault.value === 'number') meta[fault.field] += fault.value;
        const answer = json({
          data: bent(
            page.map((u) => telnyxUser(u, includeGroups)),
            fault,
          ),
          meta,
        });
        if (fault.kind === 'meta' && typeof fault.value === 'string') {
          answer.body = answer.body.replace(new RegExp(`"${fault.field}":-?[0-9]+`), `"${fault.field}":${fault.value}`);
        }
        return answer;
      },
    },
    {
      endpoint: 'telnyx.report',
      match: (segments) => (isPath(segments, 'organizations/users/users_groups_report') ? {} : undefined),
      render({ accept, fault, store }) {
        const users = store.all('telnyx').map((u) => reportUser(store, u));
        if (accept?.includes('text/csv')) return { status: 200, type: 'text/csv; charset=utf-8', body: csv(users) };
        return json({ data: bent(users, fault) });
      },
    },
  ],
};
