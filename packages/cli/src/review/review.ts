import { REVIEW_SIGNALS, type Vendor, type VendorReviewSignals } from '@orgdir/client';
import type { Snapshot, SnapshotVendorStatus } from '../snapshot/snapshot.js';
import { groupPeople } from './people.js';
import { RULES } from './rules.js';
import { type Finding, type ReviewSettings, RULE_IDS, type Rule, SEVERITIES } from './types.js';

/** The review defaults: `--inactive-days 90`, `--max-owners 3`, no `--domain`. */
export const DEFAULT_SETTINGS: ReviewSettings = { inactiveDays: 90, maxOwners: 3, domains: [] };

/** What a review found, and which vendors it covered. */
export interface ReviewReport {
  findings: Finding[];
  vendors: Array<{ vendor: Vendor; status: SnapshotVendorStatus; users: number }>;
  /** The snapshot reviewed (the html summary draws its users by status and role). */
  snapshot: Snapshot;
}

/** Options of {@link reviewSnapshot}. */
export interface ReviewOptions {
  /** The time ages are measured at; the snapshot's `takenAt` by default, so a file always reviews the same. */
  now?: Date;
  settings?: Partial<ReviewSettings>;
  /** Each vendor's review signals; the client's registry unless a test gives its own. */
  signals?: Readonly<Record<Vendor, VendorReviewSignals>>;
  rules?: readonly Rule[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Findings most severe first, then in rule-table order, then by person and vendors. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
      compare(a.person, b.person) ||
      compare(a.vendors.join(','), b.vendors.join(',')),
  );
}

/**
 * Runs every rule over a snapshot, as of the time it was taken (ages such as `inactive` are measured
 * then: the snapshot knows nothing later). People are matched across vendors by email, trimmed and
 * lower-cased; vendor-specific facts (privileged roles, sign-in tracking, SSO bypass, validation)
 * come from each vendor's review signals.
 */
export function reviewSnapshot(snapshot: Snapshot, options: ReviewOptions = {}): ReviewReport {
  const settings: ReviewSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const ctx = {
    snapshot,
    people: groupPeople(snapshot.users),
    now: options.now ?? new Date(snapshot.takenAt),
    settings: { ...settings, domains: settings.domains.map((d) => d.trim().toLowerCase()) },
    signals: options.signals ?? REVIEW_SIGNALS,
  };
  const findings = (options.rules ?? RULES).flatMap((rule) => rule.check(ctx));
  return {
    findings: sortFindings(findings),
    vendors: snapshot.vendors.map(({ vendor, status, users }) => ({ vendor, status, users })),
    snapshot,
  };
}
