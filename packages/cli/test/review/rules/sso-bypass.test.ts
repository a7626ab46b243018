import type { DirectoryUser, Vendor, VendorReviewSignals } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { ssoBypass } from '../../../src/review/rules/sso-bypass.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

const findings = (users: DirectoryUser[], signals?: Record<Vendor, VendorReviewSignals>) =>
  reviewSnapshot(snapshot(users), { now: REVIEW_NOW, rules: [ssoBypass], ...(signals ? { signals } : {}) }).findings;

describe('sso-bypass', () => {
  it('a Telnyx user with organization_user_bypasses_sso: true, medium', () => {
    const users = [
      person({ id: 't-1', email: 'ada@example.com', raw: { organization_user_bypasses_sso: true } }),
      person({ id: 't-2', raw: { organization_user_bypasses_sso: false } }),
      person({ id: 't-3', raw: {} }),
      // Another vendor's record with the same field name is not Telnyx's flag.
      person({ id: 'o-1', vendor: 'openai', raw: { organization_user_bypasses_sso: true } }),
    ];
    expect(findings(users)).toEqual([
      {
        rule: 'sso-bypass',
        severity: 'medium',
        person: 'ada@example.com',
        vendors: ['telnyx'],
        reason: 'telnyx: may sign in with a password instead of SSO (organization_user_bypasses_sso)',
      },
    ]);
  });

  it("comes from the vendors' signals, not from the rule: another vendor's signal is found the same way", () => {
    const none: VendorReviewSignals = { privilegedRoles: [], signInTracked: false, signals: [] };
    const signals = {
      telnyx: none,
      flashback: none,
      openai: { ...none, signals: [{ rule: 'sso-bypass' as const, test: () => true, reason: 'password login on' }] },
    };
    const users = [
      person({ id: 't-1', raw: { organization_user_bypasses_sso: true } }),
      person({ id: 'o-1', vendor: 'openai' }),
    ];
    expect(findings(users, signals).map((f) => [f.person, f.reason])).toEqual([
      ['o-1@example.com', 'openai: password login on'],
    ]);
  });
});
