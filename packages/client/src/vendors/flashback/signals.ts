import { rawField } from '../../internal/values.js';
import type { VendorReviewSignals } from '../../review-signals.js';

/** Flashback: owners and administrators are privileged; `validated: false` on a live account is flagged. */
export const FLASHBACK_REVIEW_SIGNALS: VendorReviewSignals = {
  privilegedRoles: ['owner', 'administrator'],
  // the API gives no sign-in time
  signInTracked: false,
  signals: [
    {
      rule: 'unvalidated',
      // A deleted account can no longer sign in, validated or not.
      test: (user) => rawField(user.raw, 'validated') === false && !rawField(user.raw, 'deletedAt'),
      reason: 'email address never confirmed (validated: false)',
    },
  ],
};
