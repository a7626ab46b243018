import type { DirectoryUser } from '@orgdir/client';
import { vendorsOf } from '../people.js';
import type { Rule } from '../types.js';

/** Statuses that mean the vendor has taken the account's access away. */
const OFFBOARDED: ReadonlySet<DirectoryUser['status']> = new Set(['disabled', 'blocked', 'deleted']);

/** Active somewhere, offboarded elsewhere: the person probably left and one vendor was missed. */
export const statusMismatch: Rule = {
  id: 'status-mismatch',
  severity: 'high',
  summary: 'Active in one vendor, but disabled, blocked or deleted in another: an offboarding leftover.',
  check: ({ people }) =>
    people.flatMap((person) => {
      const active = person.accounts.filter((a) => a.status === 'active');
      const gone = person.accounts.filter((a) => OFFBOARDED.has(a.status));
      if (active.length === 0 || gone.length === 0) return [];
      const where = gone.map((a) => `${a.status} in ${a.vendor}`).join(', ');
      return [
        {
          rule: 'status-mismatch',
          severity: 'high',
          person: person.email,
          vendors: vendorsOf([...active, ...gone]),
          reason: `active in ${vendorsOf(active).join(', ')} but ${where}`,
        },
      ];
    }),
};
