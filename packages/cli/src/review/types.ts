import type { DirectoryUser, Vendor, VendorReviewSignals } from '@orgdir/client';
import type { Snapshot } from '../snapshot/snapshot.js';

/** How much a finding matters, highest first. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/** The rule ids, in the rule table's order. */
export const RULE_IDS = [
  'status-mismatch',
  'inactive',
  'privileged',
  'external-domain',
  'sso-bypass',
  'unvalidated',
  'unknown-status',
  'incomplete',
] as const;
/** One of {@link RULE_IDS}. */
export type RuleId = (typeof RULE_IDS)[number];

/** One thing a reviewer should look at. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The person's normalized email (trimmed, lower-cased); empty for a finding about a whole vendor. */
  person: string;
  vendors: Vendor[];
  /** One line saying what was seen. */
  reason: string;
}

/** Everyone's accounts across vendors, matched by normalized email. */
export interface Person {
  email: string;
  accounts: DirectoryUser[];
}

/** The review settings (`--inactive-days`, `--max-owners`, `--domain`). */
export interface ReviewSettings {
  inactiveDays: number;
  maxOwners: number;
  /** Lower-cased domains; empty when none was given. */
  domains: readonly string[];
}

/** What every rule reads: the snapshot, the people in it, the clock, the settings and the vendors' signals. */
export interface ReviewContext {
  snapshot: Snapshot;
  people: readonly Person[];
  now: Date;
  settings: ReviewSettings;
  signals: Readonly<Record<Vendor, VendorReviewSignals>>;
}

/** One review rule: the table's row (id, severity, summary) and the check that finds its cases. */
export interface Rule {
  id: RuleId;
  /** The rule's severity; a rule may raise it for a finding, and its summary then says when. */
  severity: Severity;
  summary: string;
  check(ctx: ReviewContext): Finding[];
}
