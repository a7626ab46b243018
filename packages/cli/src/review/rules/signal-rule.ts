import { type SignalRule, VENDOR_DEFINITIONS } from '@orgdir/client';
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
    summary: `${summary}: ${signalSources(id)}.`,
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

/** Which vendors give a signal of the rule, and what it is, e.g. `Acme, may sign in with a password`. */
function signalSources(id: SignalRule): string {
  const sources = VENDOR_DEFINITIONS.flatMap((d) =>
    d.review.signals.filter((signal) => signal.rule === id).map((signal) => `${d.displayName}, ${signal.reason}`),
  );
  return sources.length > 0 ? sources.join('; ') : 'no vendor gives this signal';
}
