import { MIN_KEY_FRAGMENT } from '@orgdir/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../src/verify/verify.js';
import {
  type Answer,
  DRIFT_ENV,
  DRIFT_KEYS,
  type DriftingVendor,
  type Route,
  startDriftingVendor,
} from '../support/drifting-vendor.js';
import { runMain } from '../support/run-main.js';

let vendor: DriftingVendor;
beforeAll(async () => {
  vendor = await startDriftingVendor();
});
afterAll(() => vendor.close());
beforeEach(() => vendor.reset());

/** `orgdir verify --format json` against the drifting vendor, no retries. */
async function verify(args: string[] = [], env: Record<string, string> = DRIFT_ENV) {
  const result = await runMain(['verify', '--format', 'json', '--max-retries', '0', ...vendor.flags, ...args], { env });
  return { ...result, report: result.code === 2 ? undefined : (JSON.parse(result.stdout) as VerifyReport) };
}

/** Every data item of a JSON answer, changed in place. */
const eachItem =
  (change: (item: Record<string, unknown>) => void) =>
  (answer: Answer): Answer => {
    for (const item of (answer.body as { data: Record<string, unknown>[] }).data) change(item);
    return answer;
  };

/** Every key fragment long enough to identify a key. */
function keyFragments(): string[] {
  return Object.values(DRIFT_KEYS).flatMap((key) =>
    Array.from({ length: key.length - MIN_KEY_FRAGMENT + 1 }, (_, i) => key.slice(i, i + MIN_KEY_FRAGMENT)),
  );
}

describe('orgdir verify against a vendor that answers as documented', () => {
  it('is clean: every operation called and counted, exit 0, exactly the documented JSON shape', async () => {
    const { code, report, stderr } = await verify();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report).toEqual({
      vendors: [
        {
          vendor: 'telnyx',
          status: 'clean',
          operations: [
            { operationId: 'listOrganizationUsers', requests: 1, drift: [] },
            { operationId: 'getOrganizationUsersGroupsReport', requests: 2, drift: [] },
          ],
        },
        {
          vendor: 'flashback',
          status: 'clean',
          operations: [{ operationId: 'listOrganizationUsers', requests: 1, drift: [] }],
        },
        {
          vendor: 'openai',
          status: 'clean',
          operations: [
            { operationId: 'listGroups', requests: 1, drift: [] },
            { operationId: 'listUsers', requests: 1, drift: [] },
            { operationId: 'listGroupUsers', requests: 1, drift: [] },
          ],
        },
      ],
    });
    expect(vendor.requests.get('telnyx report csv')).toBe(1);
    expect(vendor.requests.get('telnyx report json')).toBe(1);
  });

  it.each([
    [0, 0],
    [2, 2],
    [10, 3],
  ])('--max-groups %i lists the users of %i of 3 groups', async (max, listed) => {
    vendor.drift('openai groups', (answer) => {
      const page = answer.body as { data: Array<Record<string, unknown>> };
      const group = page.data[0] as Record<string, unknown>;
      page.data = ['g-1', 'g-2', 'g-3'].map((id) => ({ ...group, id }));
      return answer;
    });
    const { code, report } = await verify(['--vendors', 'openai', '--max-groups', String(max)]);
    expect(code).toBe(0);
    expect(vendor.requests.get('openai group users') ?? 0).toBe(listed);
    expect(report?.vendors[0]?.operations.find((o) => o.operationId === 'listGroupUsers')?.requests).toBe(listed);
  });

  it('skips a vendor without a key, says so, and still exits 0 when the others are clean', async () => {
    const { code, report, stderr } = await verify([], { TELNYX_API_KEY: DRIFT_KEYS.telnyx });
    expect(code).toBe(0);
    expect(report?.vendors.map((v) => [v.vendor, v.status])).toEqual([
      ['telnyx', 'clean'],
      ['flashback', 'skipped'],
      ['openai', 'skipped'],
    ]);
    expect(report?.vendors[1]).toEqual({ vendor: 'flashback', status: 'skipped', operations: [] });
    expect(stderr).toContain('skipping flashback: FLASHBACK_API_KEY is not set');
  });
});

interface DriftCase {
  route: Route;
  change: (answer: Answer) => Answer;
  vendor: 'telnyx' | 'flashback' | 'openai';
  operationId: string;
  drift: { kind: string; path: string; count: number; expected: string; actual: string };
  /** The vendor's status: `drift`, or `failed` when the client cannot use the answer at all. */
  status?: 'drift' | 'failed';
}

const DRIFT_CASES: Array<[string, DriftCase]> = [
  [
    'undocumented-property',
    {
      route: 'telnyx users',
      change: eachItem((u) => {
        u.mfa_enabled = true;
      }),
      vendor: 'telnyx',
      operationId: 'listOrganizationUsers',
      drift: {
        kind: 'undocumented-property',
        path: '/data/*/mfa_enabled',
        count: 2,
        expected: 'none',
        actual: 'boolean',
      },
    },
  ],
  [
    'undocumented-property (nested, in an array of an array)',
    {
      route: 'telnyx report json',
      change: eachItem((u) => {
        for (const g of u.groups as Array<Record<string, unknown>>) g.role = 'member';
      }),
      vendor: 'telnyx',
      operationId: 'getOrganizationUsersGroupsReport',
      drift: {
        kind: 'undocumented-property',
        path: '/data/*/groups/*/role',
        count: 2,
        expected: 'none',
        actual: 'string',
      },
    },
  ],
  [
    'unknown-enum-value',
    {
      route: 'telnyx users',
      change: eachItem((u) => {
        u.user_status = 'suspended';
      }),
      vendor: 'telnyx',
      operationId: 'listOrganizationUsers',
      drift: {
        kind: 'unknown-enum-value',
        path: '/data/*/user_status',
        count: 2,
        expected: 'enabled|disabled|blocked',
        actual: 'suspended',
      },
    },
  ],
  [
    'unknown-enum-value (a number code)',
    {
      route: 'flashback users',
      change: eachItem((u) => {
        u.orgRole = 7;
      }),
      vendor: 'flashback',
      operationId: 'listOrganizationUsers',
      drift: { kind: 'unknown-enum-value', path: '/data/*/orgRole', count: 1, expected: '0|1|2|254|255', actual: '7' },
    },
  ],
  [
    'type-mismatch',
    {
      route: 'openai groups',
      change: eachItem((g) => {
        g.created_at = '2024-03-26T16:45:33Z';
      }),
      vendor: 'openai',
      operationId: 'listGroups',
      drift: { kind: 'type-mismatch', path: '/data/*/created_at', count: 1, expected: 'integer', actual: 'string' },
    },
  ],
  [
    'missing-required',
    {
      route: 'openai users',
      change: eachItem((u) => {
        delete u.added_at;
      }),
      vendor: 'openai',
      operationId: 'listUsers',
      drift: { kind: 'missing-required', path: '/data/*/added_at', count: 2, expected: 'integer', actual: 'missing' },
    },
  ],
  [
    'null-not-allowed',
    {
      route: 'openai groups',
      change: eachItem((g) => {
        g.is_scim_managed = null;
      }),
      vendor: 'openai',
      operationId: 'listGroups',
      drift: {
        kind: 'null-not-allowed',
        path: '/data/*/is_scim_managed',
        count: 1,
        expected: 'boolean',
        actual: 'null',
      },
    },
  ],
  [
    'format-mismatch',
    {
      route: 'telnyx users',
      change: eachItem((u) => {
        u.email = 'not an address';
      }),
      vendor: 'telnyx',
      operationId: 'listOrganizationUsers',
      drift: { kind: 'format-mismatch', path: '/data/*/email', count: 2, expected: 'email', actual: 'string' },
    },
  ],
  [
    'undocumented-status (a 2xx the spec does not list)',
    {
      route: 'flashback users',
      change: (answer) => ({ ...answer, status: 202 }),
      vendor: 'flashback',
      operationId: 'listOrganizationUsers',
      drift: { kind: 'undocumented-status', path: '', count: 1, expected: '200|403|500', actual: '202' },
    },
  ],
  [
    'undocumented-status (an error the spec does not list)',
    {
      route: 'openai users',
      change: () => ({ status: 418, contentType: 'application/json', body: {} }),
      vendor: 'openai',
      operationId: 'listUsers',
      drift: { kind: 'undocumented-status', path: '', count: 1, expected: '200|429', actual: '418' },
      status: 'failed',
    },
  ],
  [
    'undocumented-media-type',
    {
      route: 'telnyx users',
      change: (answer) => ({ ...answer, contentType: 'application/vnd.api+json' }),
      vendor: 'telnyx',
      operationId: 'listOrganizationUsers',
      drift: {
        kind: 'undocumented-media-type',
        path: '',
        count: 1,
        expected: 'application/json',
        actual: 'application/vnd.api+json',
      },
    },
  ],
  [
    'undocumented-property (a CSV column)',
    {
      route: 'telnyx report csv',
      change: (answer) => {
        const [head, ...rows] = (answer.body as string).split('\n');
        return { ...answer, body: [`${head},department`, ...rows.map((r) => `${r},R&D`)].join('\n') };
      },
      vendor: 'telnyx',
      operationId: 'getOrganizationUsersGroupsReport',
      drift: { kind: 'undocumented-property', path: '/*/department', count: 1, expected: 'none', actual: 'column' },
      // The client cannot map a CSV whose header differs: the call fails, and the drift says why.
      status: 'failed',
    },
  ],
  [
    'report-mismatch (the CSV rows disagree with the JSON ones)',
    {
      route: 'telnyx report csv',
      change: (answer) => ({ ...answer, body: (answer.body as string).replace(',disabled,', ',enabled,') }),
      vendor: 'telnyx',
      operationId: 'getOrganizationUsersGroupsReport',
      drift: {
        kind: 'report-mismatch',
        path: '/data/*/user_status',
        count: 1,
        expected: 'same in json and csv',
        actual: 'differs',
      },
    },
  ],
];

describe('orgdir verify against a drifting vendor', () => {
  it.each(DRIFT_CASES)('reports %s at its operation and path, exit 1, the rest clean', async (_, c) => {
    vendor.drift(c.route, c.change);
    const { code, report } = await verify();
    expect(code).toBe(1);
    for (const v of report?.vendors ?? []) {
      if (v.vendor !== c.vendor) {
        expect(v.status, v.vendor).toBe('clean');
        continue;
      }
      expect(v.status).toBe(c.status ?? 'drift');
      if (c.status !== 'failed') expect(v.error).toBeUndefined();
      for (const o of v.operations)
        expect(o.drift, o.operationId).toEqual(o.operationId === c.operationId ? [c.drift] : []);
    }
  });

  it('counts one difference over every page and answer of an operation', async () => {
    vendor.drift('openai groups', (answer) => {
      const page = answer.body as { data: Array<Record<string, unknown>> };
      const group = page.data[0] as Record<string, unknown>;
      page.data = ['g-1', 'g-2', 'g-3'].map((id) => ({ ...group, id, colour: 'blue' }));
      return answer;
    });
    vendor.drift(
      'openai group users',
      eachItem((u) => {
        u.role = 7;
      }),
    );
    const { report } = await verify(['--vendors', 'openai']);
    const ops = report?.vendors[0]?.operations;
    expect(ops?.find((o) => o.operationId === 'listGroups')?.drift).toEqual([
      { kind: 'undocumented-property', path: '/data/*/colour', count: 3, expected: 'none', actual: 'string' },
    ]);
    // Three groups' answers, two users each.
    expect(ops?.find((o) => o.operationId === 'listGroupUsers')).toMatchObject({
      requests: 3,
      drift: [{ kind: 'type-mismatch', path: '/data/*/role', count: 6, expected: 'string', actual: 'integer' }],
    });
  });

  it('a failed call: status failed with its error, the other operations still verified, exit 1', async () => {
    vendor.drift('telnyx report json', () => ({ status: 404, contentType: 'application/json', body: {} }));
    const { code, report } = await verify(['--vendors', 'telnyx']);
    expect(code).toBe(1);
    const telnyx = report?.vendors[0];
    expect(telnyx?.status).toBe('failed');
    expect(telnyx?.error).toMatch(/^getOrganizationUsersGroupsReport \(users\/groups report as JSON\): 404\b/);
    // The listing and the CSV report were still read; without the JSON rows nothing is compared.
    expect(telnyx?.operations.map((o) => [o.operationId, o.requests, o.drift])).toEqual([
      ['listOrganizationUsers', 1, []],
      ['getOrganizationUsersGroupsReport', 2, []],
    ]);
  });

  it('OpenAI group members cannot be read when the group listing failed: both said, no group request', async () => {
    vendor.drift('openai groups', () => ({ status: 429, contentType: 'application/json', body: {} }));
    const { report } = await verify(['--vendors', 'openai']);
    expect(report?.vendors[0]?.error).toContain('listGroupUsers (users of each group, up to --max-groups groups)');
    expect(vendor.requests.get('openai group users')).toBeUndefined();
  });

  it.each(['json', 'table', 'md'])(
    '--format %s: a key echoed in drifted names, values, media types and errors never reaches the report',
    async (format) => {
      vendor.drift(
        'telnyx users',
        eachItem((u) => {
          u[DRIFT_KEYS.telnyx] = DRIFT_KEYS.telnyx;
          u.user_status = DRIFT_KEYS.telnyx;
          u.record_type = `prefix-${DRIFT_KEYS.telnyx.slice(0, 16)}`;
        }),
      );
      vendor.drift('flashback users', (answer) => ({
        ...answer,
        contentType: `application/x-${DRIFT_KEYS.flashback}`,
      }));
      vendor.drift('openai users', () => ({
        status: 400,
        contentType: 'application/json',
        body: { error: { message: `bad key ${DRIFT_KEYS.openai}`, type: DRIFT_KEYS.openai, param: null, code: null } },
      }));
      const result = await runMain(['verify', '--format', format, '--max-retries', '0', ...vendor.flags], {
        env: DRIFT_ENV,
      });
      expect(result.code).toBe(1);
      const all = result.stdout + result.stderr;
      // The drift is still reported, under a placeholder (Markdown escapes its brackets).
      expect(all.replaceAll('\\', '')).toContain('/data/*/[redacted]');
      for (const fragment of keyFragments()) expect(all).not.toContain(fragment);
    },
  );

  it.each([
    ['table', ['telnyx: drift: 2 operations, 3 requests, 1 difference', '/data/*/user_status', 'suspended']],
    ['md', ['## orgdir verify: drift or failures', '| telnyx | drift: 2 operations', '/data/\\*/user\\_status']],
  ])('--format %s names the vendor, operation, path, kind and count', async (format, expected) => {
    vendor.drift(
      'telnyx users',
      eachItem((u) => {
        u.user_status = 'suspended';
      }),
    );
    const { stdout, code } = await runMain(['verify', '--format', format, ...vendor.flags], { env: DRIFT_ENV });
    expect(code).toBe(1);
    for (const text of [...expected, 'listOrganizationUsers', 'unknown-enum-value']) expect(stdout).toContain(text);
  });
});

describe('orgdir verify usage errors (exit 2)', () => {
  it.each([
    [['--max-groups', '-1'], /--max-groups/],
    [['--max-groups', '1.5'], /whole number/],
    [['--max-groups', 'lots'], /whole number/],
    [['--format', 'xml'], /format/],
    [['--vendors', 'acme'], /unknown vendor acme/],
  ])('%j', async (args, message) => {
    const { code, stderr } = await runMain(['verify', ...args], { env: DRIFT_ENV });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('no vendor has a key: says which variables to set', async () => {
    const { code, stderr, stdout } = await runMain(['verify', '--vendors', 'telnyx,openai'], { env: {} });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no vendor to verify: TELNYX_API_KEY, OPENAI_ADMIN_KEY are not set');
  });
});
