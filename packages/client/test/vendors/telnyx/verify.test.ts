import { describe, expect, it } from 'vitest';
import { VERIFY_PLANS } from '../../../src/vendors/index.js';
import type { TelnyxReportRow } from '../../../src/vendors/telnyx/users.js';
import { compareReports } from '../../../src/vendors/telnyx/verify.js';

const row = (id: string, over: Partial<TelnyxReportRow> = {}): TelnyxReportRow => ({
  id,
  email: `${id}@example.com`,
  user_status: 'enabled',
  created_at: '2024-01-01T00:00:00Z',
  last_sign_in_at: null,
  groups: [{ id: `g-${id}`, name: 'Engineering' }],
  ...over,
});

describe('compareReports', () => {
  it('finds nothing when the JSON and CSV rows agree (CSV rows carry no group ids, order may differ)', () => {
    const json = [
      row('a', {
        groups: [
          { id: 'g1', name: 'Sales' },
          { id: 'g2', name: 'Ops' },
        ],
      }),
      row('b'),
    ];
    const csv = [
      row('b', { groups: [{ name: 'Engineering' }] }),
      row('a', { groups: [{ name: 'Ops' }, { name: 'Sales' }] }),
    ];
    expect(compareReports(json, csv)).toEqual([]);
  });

  it('splits JSON group names on commas as the CSV does, so a name with a comma is no disagreement', () => {
    const json = [row('a', { groups: [{ id: 'g1', name: 'R&D, Berlin' }] })];
    const csv = [row('a', { groups: [{ name: 'R&D' }, { name: 'Berlin' }] })];
    expect(compareReports(json, csv)).toEqual([]);
  });

  it.each([
    ['email', { email: 'other@example.com' }, '/data/*/email'],
    ['status', { user_status: 'disabled' as const }, '/data/*/user_status'],
    ['group names', { groups: [{ name: 'Sales' }] }, '/data/*/groups/*/name'],
    ['missing group', { groups: [] }, '/data/*/groups/*/name'],
  ])('reports a differing %s at its path, counted, without the values', (_, over, path) => {
    const json = [row('a'), row('b'), row('c')];
    const csv = [row('a', over), row('b', over), row('c')];
    const findings = compareReports(json, csv);
    expect(findings).toEqual([
      { kind: 'report-mismatch', path, expected: 'same in json and csv', actual: 'differs', count: 2 },
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/example\.com|Sales|disabled/);
  });

  it('reports rows only one answer has, each side counted', () => {
    const findings = compareReports([row('a'), row('b'), row('c')], [row('a'), row('d')]);
    expect(findings).toEqual([
      { kind: 'report-mismatch', path: '/data/*', expected: 'row in json and csv', actual: 'json only', count: 2 },
      { kind: 'report-mismatch', path: '/data/*', expected: 'row in json and csv', actual: 'csv only', count: 1 },
    ]);
  });
});

describe('VERIFY_PLANS', () => {
  it.each(Object.entries(VERIFY_PLANS))(
    '%s: step ids are unique and every check needs steps of its plan',
    (_, plan) => {
      const ids = plan.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const check of plan.checks) for (const need of check.needs) expect(ids).toContain(need);
    },
  );

  it('each operation a plan names is one the vendor spec models', async () => {
    const specs = {
      telnyx: (await import('@orgdir/types/validators/telnyx')).validators,
      flashback: (await import('@orgdir/types/validators/flashback')).validators,
      openai: (await import('@orgdir/types/validators/openai')).validators,
    };
    for (const [vendor, plan] of Object.entries(VERIFY_PLANS)) {
      const modelled = Object.keys(specs[vendor as keyof typeof specs].operations);
      for (const step of plan.steps) expect(modelled, vendor).toContain(step.operationId);
    }
  });
});
