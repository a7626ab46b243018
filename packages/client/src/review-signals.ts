import type { DirectoryUser } from './directory.js';
import type { Vendor } from './errors.js';
import { VENDOR_DEFINITIONS } from './vendors/index.js';

/** Review rules whose evidence only a vendor's own record can give. */
export type SignalRule = 'sso-bypass' | 'unvalidated';

/** One vendor-specific fact an access review flags, tested on a mapped user (its `raw` record included). */
export interface ReviewSignal {
  rule: SignalRule;
  /** True when the user shows the signal. Must not throw on a record of any shape. */
  test(user: DirectoryUser): boolean;
  /** One line saying what was seen, e.g. "may sign in with a password instead of SSO". */
  reason: string;
}

/** What an access review needs to know about one vendor, beside the normalized directory. */
export interface VendorReviewSignals {
  /** Normalized roles (`DirectoryUser.role`) that hold owner or administrator rights. */
  privilegedRoles: readonly string[];
  /**
   * True when the vendor reports sign-ins (`lastSignInAt`), so a missing one means "never signed in";
   * false when it reports none, so nothing can be said about inactivity.
   */
  signInTracked: boolean;
  signals: readonly ReviewSignal[];
}

/** Every vendor's review signals (each definition's `review`), keyed by vendor; the review engine reads only this map. */
export const REVIEW_SIGNALS: Readonly<Record<Vendor, VendorReviewSignals>> = Object.fromEntries(
  VENDOR_DEFINITIONS.map((d) => [d.id, d.review]),
) as Record<Vendor, VendorReviewSignals>;
