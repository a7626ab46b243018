import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { unknownStatus } from '../../../src/review/rules/unknown-status.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

describe('unknown-status', () => {
  it('one medium finding per person, naming every vendor where the status is unknown', () => {
    const users = [
      person({ id: 't-1', email: 'ada@example.com', status: 'unknown' }),
      person({ id: 'o-1', vendor: 'openai', email: 'ADA@example.com', status: 'unknown' }),
      person({ id: 'f-1', vendor: 'flashback', email: 'ada@example.com' }),
      person({ id: 't-2', status: 'active' }),
      person({ id: 't-3', status: 'disabled' }),
    ];
    expect(reviewSnapshot(snapshot(users), { now: REVIEW_NOW, rules: [unknownStatus] }).findings).toEqual([
      {
        rule: 'unknown-status',
        severity: 'medium',
        person: 'ada@example.com',
        vendors: ['telnyx', 'openai'],
        reason: 'status unknown in telnyx, openai: the vendor gives none, or one orgdir does not recognise',
      },
    ]);
  });
});
