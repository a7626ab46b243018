/**
 * OpenAI: `GET /organization/users` (`first_id`/`last_id`), `GET /organization/groups` and
 * `GET /organization/groups/{group_id}/users` (`next`), all cursor listings (`after`, `limit`).
 * @see specs/openai.yaml listOrganizationUsers, listGroups, listGroupUsers
 */
import {
  type Answer,
  bent,
  isPath,
  json,
  pageSize,
  type RenderRequest,
  record,
  type VendorDefinition,
} from '../endpoint.js';
import type { Endpoint, FakeGroup, FakeUser } from '../types.js';

function openaiUser(user: FakeUser, role: string): { id: string } {
  return record(user, 'openai', () => ({
    object: 'organization.user',
    id: user.id,
    name: user.name,
    email: user.email,
    role,
    added_at: 1_700_000_000,
  })) as { id: string };
}

function openaiGroup(group: FakeGroup): { id: string } {
  const rendered: { id: string } & Record<string, unknown> = {
    id: group.id,
    name: group.name,
    created_at: 1_700_000_000,
    is_scim_managed: false,
    ...group.fields,
  };
  return rendered;
}

/** OpenAI's error envelope. */
function errorBody(status: number, message?: string): unknown {
  return { error: { message: message ?? `injected ${status}`, type: 'fault', code: `fault_${status}` } };
}

/** The items a listing pages over, or an error answer. */
function itemsOf(endpoint: Endpoint, request: RenderRequest): Array<{ id: string }> | Answer {
  const { store, groupId, paging } = request;
  if (endpoint === 'openai.groups') return store.groups.map(openaiGroup);
  const users = store.all('openai');
  if (endpoint === 'openai.users') return users.map((u) => openaiUser(u, 'reader'));
  if (paging.openai.groupMembers === 'everyone') return users.map((u) => openaiUser(u, 'member'));
  const group = store.groups.find((g) => g.id === decodeURIComponent(groupId ?? ''));
  if (!group) return json(errorBody(404, 'No such group'), 404);
  return users.filter((u) => u.groups.includes(group.name)).map((u) => openaiUser(u, 'member'));
}

/** One page of a cursor listing. */
function listing(endpoint: Endpoint, request: RenderRequest): Answer {
  const { query, fault, paging } = request;
  const found = itemsOf(endpoint, request);
  if (!Array.isArray(found)) return found;
  const limits = paging.openai;
  const requested = pageSize(query.get('limit'), limits);
  const order = query.get('order') ?? 'desc';
  if (requested === undefined || (limits.order && order !== 'asc' && order !== 'desc'))
    return json(errorBody(400, `limit must be within ${limits.min}..${limits.max} and order asc or desc`), 400);
  const items = limits.order && order === 'desc' ? [...found].reverse() : found;
  const limit = fault.kind === 'resize' ? fault.pageSize : requested;
  const after = query.get('after');
  // An `empty` page's cursor is `emptyN_` before the cursor it was asked with (nothing: the start).
  const target = after?.replace(/^(empty\d+_)+/, '') || null;
  const position =
    target === null ? 0 : items.findIndex((item) => item.id === target || `cur_${item.id}` === target) + 1;
  if (target !== null && position === 0) return json(errorBody(400, `Unknown cursor ${target}`), 400);
  if (fault.kind === 'empty') {
    if (endpoint === 'openai.users')
      return json({ object: 'list', data: [], first_id: null, last_id: null, has_more: true });
    return json({ object: 'list', data: [], has_more: true, next: `empty${request.nextEmptyCursor()}_${after ?? ''}` });
  }
  // A repeated cursor: the page that ended at `after`, still claiming more, pointing back at `after`.
  const repeated = fault.kind === 'repeat' && after !== null;
  const back = repeated ? limit : fault.kind === 'overlap' ? fault.by : 0;
  const start = Math.max(0, position - back);
  const data = items.slice(start, start + limit);
  const has_more = repeated || start + limit < items.length;
  const last = data.at(-1)?.id;
  if (endpoint === 'openai.users') {
    return json({
      object: 'list',
      data: bent(data, fault),
      first_id: data[0]?.id ?? null,
      last_id: last ?? null,
      has_more,
    });
  }
  const cursor = last === undefined ? null : limits.cursor === 'prefixed' ? `cur_${last}` : last;
  const next = repeated ? after : has_more ? cursor : null;
  return json({ object: 'list', data: bent(data, fault), has_more, next });
}

const under = (segments: readonly string[]): { groupId: string } | undefined => {
  const [organization, groups, groupId, users, ...rest] = segments;
  return organization === 'organization' &&
    groups === 'groups' &&
    users === 'users' &&
    rest.length === 0 &&
    groupId !== undefined
    ? { groupId }
    : undefined;
};

/** The fake OpenAI (admin API). */
export const openai: VendorDefinition = {
  vendor: 'openai',
  prefix: '/v1',
  errorBody,
  endpoints: [
    {
      endpoint: 'openai.users',
      match: (segments) => (isPath(segments, 'organization/users') ? {} : undefined),
      render: (request) => listing('openai.users', request),
    },
    {
      endpoint: 'openai.groups',
      match: (segments) => (isPath(segments, 'organization/groups') ? {} : undefined),
      render: (request) => listing('openai.groups', request),
    },
    {
      endpoint: 'openai.groupUsers',
      match: under,
      render: (request) => listing('openai.groupUsers', request),
    },
  ],
};
