import type { SignalRule } from '@orgdir/client';
import { normalizeEmail } from '../people.js';
import type { Rule, Severity } from '../types.js';

/**
 * A rule whose cases come from the vendors' own review signals: one finding per account that shows a
 * signal of this rule. Which vendor has such a signal is the vendor's data, not this code's.
 */
export function signalRule(id: SignalRule, severity: Severity, summary: string): Rule {
  return {
    id,
    severity,
    summary,
    check: ({ snapshot, signals }) =>
      snapshot.users.flatMap((user) =>
        signals[user.vendor].signals
          .filter((signal) => signal.rule === id && signal.test(user))
          .map((signal) => ({
            rule: id,
            severity,
            person: normalizeEmail(user.email),
            vendors: [user.vendor],
            reason: `${user.vendor}: ${signal.reason}`,
          })),
      ),
  };
}
