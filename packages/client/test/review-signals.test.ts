import { describe, expect, it } from 'vitest';
import type { DirectoryUser } from '../src/directory.js';
import { REVIEW_SIGNALS, type SignalRule } from '../src/review-signals.js';

const user = (
  vendor: DirectoryUser['vendor'],
  raw: unknown,
  status: DirectoryUser['status'] = 'active',
): DirectoryUser => ({
  vendor,
  id: 'u',
  email: 'u@example.com',
  status,
  groups: [],
  raw,
});

/** The rules of the signals a user shows. */
const flagged = (u: DirectoryUser): SignalRule[] =>
  REVIEW_SIGNALS[u.vendor].signals.filter((s) => s.test(u)).map((s) => s.rule);

describe('REVIEW_SIGNALS', () => {
  it.each([
    ['telnyx SSO bypass', user('telnyx', { organization_user_bypasses_sso: true }), ['sso-bypass']],
    ['telnyx SSO enforced', user('telnyx', { organization_user_bypasses_sso: false }), []],
    ['telnyx bypass flag as a string', user('telnyx', { organization_user_bypasses_sso: 'true' }), []],
    [
      'flashback not validated',
      user('flashback', { validated: false, deletedAt: null }, 'unvalidated'),
      ['unvalidated'],
    ],
    ['flashback validated', user('flashback', { validated: true }), []],
    ['flashback validated missing', user('flashback', {}, 'unknown'), []],
    [
      'flashback deleted, never validated',
      user('flashback', { validated: false, deletedAt: '2025-01-01T00:00:00Z' }),
      [],
    ],
    ['openai (no signals)', user('openai', { organization_user_bypasses_sso: true, validated: false }), []],
  ])('%s → %j', (_name, u, rules) => {
    expect(flagged(u)).toEqual(rules);
  });

  it.each([null, undefined, 42, 'text', [true]])('a raw record %j never throws and flags nothing', (raw) => {
    for (const vendor of ['telnyx', 'flashback', 'openai'] as const) expect(flagged(user(vendor, raw))).toEqual([]);
  });

  it.each([
    ['telnyx', true],
    ['flashback', false],
    ['openai', false],
  ] as const)('%s: sign-ins tracked %s', (vendor, tracked) => {
    expect(REVIEW_SIGNALS[vendor].signInTracked).toBe(tracked);
  });

  it.each([
    ['telnyx', ['owner']],
    ['flashback', ['owner', 'administrator']],
    ['openai', ['owner']],
  ] as const)('%s: privileged roles %j', (vendor, roles) => {
    expect(REVIEW_SIGNALS[vendor].privilegedRoles).toEqual(roles);
  });
});
