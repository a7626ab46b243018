import { externalDomain } from './rules/external-domain.js';
import { inactive } from './rules/inactive.js';
import { incomplete } from './rules/incomplete.js';
import { privileged } from './rules/privileged.js';
import { ssoBypass } from './rules/sso-bypass.js';
import { statusMismatch } from './rules/status-mismatch.js';
import { unknownStatus } from './rules/unknown-status.js';
import { unvalidated } from './rules/unvalidated.js';
import type { Rule } from './types.js';

/** The rule table: every review rule, in the documented order (`RULE_IDS`; a test checks both agree). */
export const RULES: readonly Rule[] = [
  statusMismatch,
  inactive,
  privileged,
  externalDomain,
  ssoBypass,
  unvalidated,
  unknownStatus,
  incomplete,
];

/** The rule table as a Markdown table (the README's "Access reviews" table is this text). */
export function rulesMarkdown(): string {
  return [
    '| rule id | severity | finding |',
    '| --- | --- | --- |',
    ...RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.summary} |`),
  ].join('\n');
}
