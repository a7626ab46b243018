import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { statusMismatch } from '../../../src/review/rules/status-mismatch.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

const findings = (users: Parameters<typeof snapshot>[0]) =>
  reviewSnapshot(snapshot(users), { now: REVIEW_NOW, rules: [statusMismatch] }).findings;

describe('status-mismatch', () => {
  it.each(['disabled', 'blocked', 'deleted'] as const)(
    'active in telnyx, %s in flashback: one high finding',
    (status) => {
      expect(
        findings([
          person({ id: 't-1', email: 'Ada@Example.com ' }),
          person({ id: 'f-1', vendor: 'flashback', email: 'ada@example.com', status }),
        ]),
      ).toEqual([
        {
          rule: 'status-mismatch',
          severity: 'high',
          person: 'ada@example.com',
          vendors: ['telnyx', 'flashback'],
          reason: `active in telnyx but ${status} in flashback`,
        },
      ]);
    },
  );

  it.each([
    ['active everywhere', 'active', 'active'],
    ['offboarded everywhere', 'disabled', 'deleted'],
    ['active and unknown (no evidence of offboarding)', 'active', 'unknown'],
    ['active and unvalidated', 'active', 'unvalidated'],
  ] as const)('%s: no finding', (_name, a, b) => {
    expect(
      findings([
        person({ id: 't-1', email: 'ada@example.com', status: a }),
        person({ id: 'o-1', vendor: 'openai', email: 'ada@example.com', status: b }),
      ]),
    ).toEqual([]);
  });

  it('different people are never matched: no finding across two emails', () => {
    expect(
      findings([
        person({ id: 't-1', email: 'ada@example.com' }),
        person({ id: 'f-1', vendor: 'flashback', email: 'ada2@example.com', status: 'deleted' }),
      ]),
    ).toEqual([]);
  });
});
