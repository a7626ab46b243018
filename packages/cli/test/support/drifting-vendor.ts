import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Vendor } from '@orgdir/client';

/** The keys the drifting vendor accepts; a test asserts none ever reaches orgdir's output. */
export const DRIFT_KEYS = {
  telnyx: 'KEY_telnyx_drift_s3cr3t_0123456789',
  flashback: 'KEY_flashback_drift_s3cr3t_0123456789',
  openai: 'sk-admin-drift-s3cr3t-0123456789',
} as const satisfies Record<Vendor, string>;

/** The environment that gives orgdir every drifting vendor's key. */
export const DRIFT_ENV = {
  TELNYX_API_KEY: DRIFT_KEYS.telnyx,
  FLASHBACK_API_KEY: DRIFT_KEYS.flashback,
  OPENAI_ADMIN_KEY: DRIFT_KEYS.openai,
};

/** Every answer the drifting vendor gives, one per read operation (and media type) orgdir verifies. */
export const ROUTES = [
  'telnyx users',
  'telnyx report json',
  'telnyx report csv',
  'flashback users',
  'openai groups',
  'openai users',
  'openai group users',
] as const;
/** One of {@link ROUTES}. */
export type Route = (typeof ROUTES)[number];

/** One answer: status, content type and body (an object is sent as JSON, a string as is). */
export interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

const TELNYX_USERS = [
  {
    id: 't-1',
    record_type: 'organization_owner',
    email: 'owner@example.com',
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
    record_type: 'organization_sub_user',
    email: 'bob@example.com',
    user_status: 'disabled',
    organization_user_bypasses_sso: true,
    created_at: '2024-05-06T07:08:09.000Z',
    last_sign_in_at: null,
    groups: [],
  },
];

const OPENAI_USERS = [
  {
    object: 'organization.user',
    id: 'user-1',
    name: 'Jane',
    email: 'jane@example.com',
    role: 'owner',
    added_at: 1711471533,
  },
  {
    object: 'organization.user',
    id: 'user-2',
    name: 'Joe',
    email: 'joe@example.com',
    role: 'reader',
    added_at: 1711472599,
  },
];

const json = (body: unknown): Answer => ({ status: 200, contentType: 'application/json', body });
/** A last (only) page of an OpenAI listing: users pages are bounded by ids, groups pages carry a cursor. */
const openaiList = (data: unknown[], bounds: 'ids' | 'cursor') =>
  bounds === 'ids'
    ? { object: 'list', data, first_id: null, last_id: null, has_more: false }
    : { object: 'list', data, has_more: false, next: null };

/** The documented answers: every one valid against our specs, one page each. */
function documented(route: Route): Answer {
  switch (route) {
    case 'telnyx users':
      return json({
        data: structuredClone(TELNYX_USERS),
        meta: { total_pages: 1, total_results: TELNYX_USERS.length, page_number: 1, page_size: 250 },
      });
    case 'telnyx report json':
      return json({ data: structuredClone(TELNYX_USERS) });
    case 'telnyx report csv': {
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
      return {
        status: 200,
        contentType: 'text/csv',
        body: ['id,email,user_status,created_at,last_sign_in_at,groups', ...rows].join('\n'),
      };
    }
    case 'flashback users':
      return json({
        success: true,
        data: [
          {
            id: 'f-1',
            email: 'eve@example.com',
            name: 'Eve',
            lastName: 'E',
            orgId: 'org-1',
            orgRole: 255,
            validated: true,
            deletedAt: null,
          },
        ],
        total: 1,
      });
    case 'openai groups':
      return json(
        openaiList([{ id: 'group-1', name: 'Support', created_at: 1711471533, is_scim_managed: false }], 'cursor'),
      );
    case 'openai users':
      return json(openaiList(structuredClone(OPENAI_USERS), 'ids'));
    case 'openai group users':
      return json(openaiList(structuredClone(OPENAI_USERS), 'cursor'));
  }
}

/** Which route a request is for, or undefined. */
function routeOf(vendor: string, path: string, accept: string): Route | undefined {
  switch (`${vendor} ${path}`) {
    case 'telnyx /organizations/users':
      return 'telnyx users';
    case 'telnyx /organizations/users/users_groups_report':
      return accept.includes('text/csv') ? 'telnyx report csv' : 'telnyx report json';
    case 'flashback /organization/users':
      return 'flashback users';
    case 'openai /organization/groups':
      return 'openai groups';
    case 'openai /organization/users':
      return 'openai users';
  }
  return vendor === 'openai' && /^\/organization\/groups\/[^/]+\/users$/.test(path) ? 'openai group users' : undefined;
}

/** A loopback server answering the three vendors' read operations, each answer changeable by a test. */
export interface DriftingVendor {
  /** `--base-url-*` flags for every vendor. */
  flags: string[];
  /** Requests received, per route. */
  requests: Map<Route, number>;
  /** Replaces a route's answer: `change` receives the documented answer (a fresh copy) and returns what to send. */
  drift(route: Route, change: (answer: Answer) => Answer): void;
  /** Back to the documented answers, requests forgotten. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts the drifting vendor on a free loopback port. A request without its vendor's key gets a 401. */
export async function startDriftingVendor(): Promise<DriftingVendor> {
  const changes = new Map<Route, (answer: Answer) => Answer>();
  const requests = new Map<Route, number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, vendor = '', ...rest] = url.pathname.split('/');
    const route = routeOf(vendor, `/${rest.join('/')}`, req.headers.accept ?? '');
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    if (req.headers.authorization !== `Bearer ${DRIFT_KEYS[vendor as Vendor]}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    requests.set(route, (requests.get(route) ?? 0) + 1);
    const answer = (changes.get(route) ?? ((a: Answer) => a))(documented(route));
    res.writeHead(answer.status, answer.contentType === '' ? {} : { 'content-type': answer.contentType });
    res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    flags: [
      '--base-url-telnyx',
      `${root}/telnyx`,
      '--base-url-flashback',
      `${root}/flashback`,
      '--base-url-openai',
      `${root}/openai`,
    ],
    requests,
    drift: (route, change) => changes.set(route, change),
    reset: () => {
      changes.clear();
      requests.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
