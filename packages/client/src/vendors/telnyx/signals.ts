import { rawField } from '../../internal/values.js';
import type { VendorReviewSignals } from '../../review-signals.js';

/** Telnyx: the organization owner is privileged; `organization_user_bypasses_sso: true` is an SSO bypass. */
export const TELNYX_REVIEW_SIGNALS: VendorReviewSignals = {
  privilegedRoles: ['owner'],
  // `last_sign_in_at`, null when the user never signed in
  signInTracked: true,
  signals: [
    {
      rule: 'sso-bypass',
      test: (user) => rawField(user.raw, 'organization_user_bypasses_sso') === true,
      reason: 'may sign in with a password instead of SSO (organization_user_bypasses_sso)',
    },
  ],
};
