import type { Rule } from '../types.js';

/** A vendor that failed: its users are not in the review at all. */
export const incomplete: Rule = {
  id: 'incomplete',
  severity: 'high',
  summary: 'A vendor failed, so the review does not cover it.',
  check: ({ snapshot }) =>
    snapshot.vendors
      .filter((v) => v.status === 'failed')
      .map((v) => ({
        rule: 'incomplete',
        severity: 'high',
        person: '',
        vendors: [v.vendor],
        reason: `${v.vendor} failed, not reviewed${v.error ? `: ${v.error.replace(`${v.vendor}: `, '')}` : ''}`,
      })),
};
