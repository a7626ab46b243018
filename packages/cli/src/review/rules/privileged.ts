import type { DirectoryUser, Vendor } from '@orgdir/client';
import { normalizeEmail } from '../people.js';
import type { Finding, Rule } from '../types.js';

/** Owners and administrators of each vendor (its own privileged roles); medium where there are too many. */
export const privileged: Rule = {
  id: 'privileged',
  severity: 'low',
  summary:
    'Owners and administrators per vendor, with a count per vendor. Medium when a vendor has more than `--max-owners` (default 3).',
  check: ({ snapshot, signals, settings }) => {
    const byVendor = new Map<Vendor, DirectoryUser[]>();
    for (const user of snapshot.users) {
      // A deleted account holds no rights any more.
      if (user.status === 'deleted' || user.role === undefined) continue;
      if (!signals[user.vendor].privilegedRoles.includes(user.role)) continue;
      const holders = byVendor.get(user.vendor);
      if (holders) holders.push(user);
      else byVendor.set(user.vendor, [user]);
    }
    const findings: Finding[] = [];
    for (const [vendor, holders] of byVendor) {
      const tooMany = holders.length > settings.maxOwners;
      const count = `${holders.length} privileged in ${vendor}${tooMany ? `, more than ${settings.maxOwners}` : ''}`;
      for (const user of holders) {
        findings.push({
          rule: 'privileged',
          severity: tooMany ? 'medium' : 'low',
          person: normalizeEmail(user.email),
          vendors: [vendor],
          reason: `${user.role} in ${vendor} (${count})`,
        });
      }
    }
    return findings;
  },
};
