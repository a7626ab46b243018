import type { DirectoryUser } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { privileged } from '../../../src/review/rules/privileged.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

const findings = (users: DirectoryUser[], maxOwners?: number) =>
  reviewSnapshot(snapshot(users), {
    now: REVIEW_NOW,
    rules: [privileged],
    ...(maxOwners !== undefined ? { settings: { maxOwners } } : {}),
  }).findings;

describe('privileged', () => {
  it("each vendor's own privileged roles, low, with the count per vendor", () => {
    const users = [
      person({ id: 't-1', role: 'owner' }),
      person({ id: 't-2', role: 'member' }),
      person({ id: 'f-1', vendor: 'flashback', role: 'administrator' }),
      person({ id: 'f-2', vendor: 'flashback', role: 'owner' }),
      person({ id: 'f-3', vendor: 'flashback', role: 'workspaces' }),
      person({ id: 'o-1', vendor: 'openai', role: 'reader' }),
      // "administrator" is not an OpenAI role: not privileged there.
      person({ id: 'o-2', vendor: 'openai', role: 'administrator' }),
    ];
    expect(findings(users).map((f) => [f.person, f.severity, f.vendors, f.reason])).toEqual([
      ['f-1@example.com', 'low', ['flashback'], 'administrator in flashback (2 privileged in flashback)'],
      ['f-2@example.com', 'low', ['flashback'], 'owner in flashback (2 privileged in flashback)'],
      ['t-1@example.com', 'low', ['telnyx'], 'owner in telnyx (1 privileged in telnyx)'],
    ]);
  });

  it('medium for every holder when a vendor has more than --max-owners', () => {
    const owners = ['a', 'b', 'c', 'd'].map((id) => person({ id, vendor: 'openai', role: 'owner' }));
    expect(findings(owners).map((f) => f.severity)).toEqual(['medium', 'medium', 'medium', 'medium']);
    expect(findings(owners)[0]?.reason).toBe('owner in openai (4 privileged in openai, more than 3)');
    expect(findings(owners, 4).map((f) => f.severity)).toEqual(['low', 'low', 'low', 'low']);
  });

  it('a deleted owner holds no rights: not counted', () => {
    expect(findings([person({ id: 't-1', role: 'owner', status: 'deleted' })])).toEqual([]);
  });
});
