import type { VendorReviewSignals } from '../../review-signals.js';

/** OpenAI: owners are privileged (the other role is `reader`); the API gives no other review signal. */
export const OPENAI_REVIEW_SIGNALS: VendorReviewSignals = {
  privilegedRoles: ['owner'],
  // the API gives no sign-in time
  signInTracked: false,
  signals: [],
};
