import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { incomplete } from '../../../src/review/rules/incomplete.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

describe('incomplete', () => {
  it('one high finding per failed vendor, with its error; complete and skipped vendors give none', () => {
    const snap = snapshot([person({ id: 't-1' })], {
      flashback: { status: 'failed', users: 0, error: 'flashback: 403 Forbidden' },
      openai: { status: 'skipped', users: 0, error: 'OPENAI_ADMIN_KEY not set' },
    });
    expect(reviewSnapshot(snap, { now: REVIEW_NOW, rules: [incomplete] }).findings).toEqual([
      {
        rule: 'incomplete',
        severity: 'high',
        person: '',
        vendors: ['flashback'],
        reason: 'flashback failed, not reviewed: 403 Forbidden',
      },
    ]);
  });

  it('a complete review has no finding', () => {
    expect(
      reviewSnapshot(snapshot([person({ id: 't-1' })]), { now: REVIEW_NOW, rules: [incomplete] }).findings,
    ).toEqual([]);
  });
});
