import { vendorsOf } from '../people.js';
import type { Rule } from '../types.js';

/** True when `domain` is one of `domains` or a subdomain of one. */
function inside(domain: string, domains: readonly string[]): boolean {
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Someone whose email is outside the organization's domains (only when `--domain` is given). */
export const externalDomain: Rule = {
  id: 'external-domain',
  severity: 'medium',
  summary: 'Email outside `--domain` (repeatable); only when `--domain` is given.',
  check: ({ people, settings }) => {
    if (settings.domains.length === 0) return [];
    return people.flatMap((person) => {
      const at = person.email.lastIndexOf('@');
      const domain = at >= 0 ? person.email.slice(at + 1) : '';
      if (domain && inside(domain, settings.domains)) return [];
      return [
        {
          rule: 'external-domain',
          severity: 'medium',
          person: person.email,
          vendors: vendorsOf(person.accounts),
          reason: domain ? `email domain ${domain} is not ${settings.domains.join(' or ')}` : 'email has no domain',
        },
      ];
    });
  },
};
