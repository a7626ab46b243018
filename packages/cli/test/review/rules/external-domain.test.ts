import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../../src/review/review.js';
import { externalDomain } from '../../../src/review/rules/external-domain.js';
import { person, REVIEW_NOW, snapshot } from '../../support/snapshots.js';

const USERS = [
  person({ id: 't-1', email: 'ada@example.com' }),
  person({ id: 't-2', email: 'bob@eu.example.com' }),
  person({ id: 't-3', email: 'Sam@Partner.example ' }),
  person({ id: 'o-3', vendor: 'openai', email: 'sam@partner.example' }),
  person({ id: 't-4', email: 'eve@notexample.com' }),
];
const findings = (domains: string[]) =>
  reviewSnapshot(snapshot(USERS), { now: REVIEW_NOW, rules: [externalDomain], settings: { domains } }).findings;

describe('external-domain', () => {
  it('without --domain: no finding at all', () => {
    expect(findings([])).toEqual([]);
  });

  it('--domain example.com: emails outside it (subdomains are inside), one finding per person', () => {
    expect(findings(['Example.com'])).toEqual([
      {
        rule: 'external-domain',
        severity: 'medium',
        person: 'eve@notexample.com',
        vendors: ['telnyx'],
        reason: 'email domain notexample.com is not example.com',
      },
      {
        rule: 'external-domain',
        severity: 'medium',
        person: 'sam@partner.example',
        vendors: ['telnyx', 'openai'],
        reason: 'email domain partner.example is not example.com',
      },
    ]);
  });

  it('--domain is repeatable', () => {
    expect(findings(['example.com', 'partner.example']).map((f) => f.person)).toEqual(['eve@notexample.com']);
  });
});
