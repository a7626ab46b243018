import { vendorsOf } from '../people.js';
import type { Rule } from '../types.js';

/** An account whose status the vendor did not give, or gave in a form orgdir does not know. */
export const unknownStatus: Rule = {
  id: 'unknown-status',
  severity: 'medium',
  summary: 'A status that could not be determined.',
  check: ({ people }) =>
    people.flatMap((person) => {
      const unknown = person.accounts.filter((a) => a.status === 'unknown');
      if (unknown.length === 0) return [];
      const vendors = vendorsOf(unknown);
      return [
        {
          rule: 'unknown-status',
          severity: 'medium',
          person: person.email,
          vendors,
          reason: `status unknown in ${vendors.join(', ')}: the vendor gives none, or one orgdir does not recognise`,
        },
      ];
    }),
};
