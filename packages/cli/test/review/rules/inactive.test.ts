import type { DirectoryUser } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { inactive } from '../../../src/review/rules/inactive.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

// REVIEW_NOW is 2026-10-01; 90 days before it is 2026-07-03.
const findings = (users: DirectoryUser[], inactiveDays?: number) =>
  reviewSnapshot(snapshot(users), {
    now: REVIEW_NOW,
    rules: [inactive],
    ...(inactiveDays ? { settings: { inactiveDays } } : {}),
  }).findings;

describe('inactive', () => {
  it.each([
    [
      'last sign-in older than 90 days',
      { lastSignInAt: '2026-06-01T00:00:00Z' },
      'last sign-in 2026-06-01 in telnyx (122 days ago)',
    ],
    [
      'never signed in, created before the cutoff',
      { createdAt: '2026-01-01T00:00:00Z' },
      'never signed in to telnyx, created 2026-01-01',
    ],
    [
      'an unknown status is still live access',
      { status: 'unknown' as const, lastSignInAt: '2025-01-01T00:00:00Z' },
      'last sign-in 2025-01-01 in telnyx (638 days ago)',
    ],
  ])('%s: a medium finding', (_name, fields, reason) => {
    expect(findings([person({ id: 't-1', ...fields })])).toEqual([
      { rule: 'inactive', severity: 'medium', person: 't-1@example.com', vendors: ['telnyx'], reason },
    ]);
  });

  it.each([
    ['signed in within 90 days', { lastSignInAt: '2026-09-01T00:00:00Z' }],
    ['never signed in, created within 90 days', { createdAt: '2026-08-01T00:00:00Z' }],
    ['never signed in, no creation date', {}],
    ['an unparseable sign-in date', { lastSignInAt: 'yesterday', createdAt: '2020-01-01T00:00:00Z' }],
    ['already disabled', { status: 'disabled' as const, lastSignInAt: '2020-01-01T00:00:00Z' }],
    ['already deleted', { status: 'deleted' as const, createdAt: '2020-01-01T00:00:00Z' }],
  ])('%s: no finding', (_name, fields) => {
    expect(findings([person({ id: 't-1', ...fields })])).toEqual([]);
  });

  it('a vendor that reports no sign-ins says nothing about inactivity', () => {
    expect(findings([person({ id: 'o-1', vendor: 'openai', createdAt: '2020-01-01T00:00:00Z' })])).toEqual([]);
  });

  it('--inactive-days moves the cutoff', () => {
    const user = person({ id: 't-1', lastSignInAt: '2026-08-01T00:00:00Z' });
    expect(findings([user])).toEqual([]);
    expect(findings([user], 30)).toHaveLength(1);
  });
});
