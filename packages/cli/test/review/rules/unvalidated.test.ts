import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { unvalidated } from '../../../src/review/rules/unvalidated.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

describe('unvalidated', () => {
  it('a Flashback account with validated: false, low; validated, missing or deleted ones are not', () => {
    const users = [
      person({ id: 'f-1', vendor: 'flashback', status: 'unvalidated', raw: { validated: false, deletedAt: null } }),
      person({ id: 'f-2', vendor: 'flashback', raw: { validated: true } }),
      person({ id: 'f-3', vendor: 'flashback', status: 'unknown', raw: {} }),
      person({ id: 'f-4', vendor: 'flashback', status: 'deleted', raw: { validated: false, deletedAt: '2026-01-01' } }),
      person({ id: 't-1', raw: { validated: false } }),
    ];
    expect(reviewSnapshot(snapshot(users), { now: REVIEW_NOW, rules: [unvalidated] }).findings).toEqual([
      {
        rule: 'unvalidated',
        severity: 'low',
        person: 'f-1@example.com',
        vendors: ['flashback'],
        reason: 'flashback: email address never confirmed (validated: false)',
      },
    ]);
  });
});
