import { alignedColumns } from '../format/columns.js';
import { GROUP_SEPARATOR, toCsv } from '../format/csv.js';
import { reviewToHtml } from '../format/html.js';
import { mdCell, mdTable } from '../format/markdown.js';
import type { ReviewReport } from './review.js';
import { type Finding, SEVERITIES } from './types.js';

/** Output formats of `orgdir review`. */
export const REVIEW_FORMATS = ['table', 'json', 'md', 'csv', 'html'] as const;
/** One of {@link REVIEW_FORMATS}. */
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** The CSV header of `orgdir review --format csv`. */
export const REVIEW_CSV_COLUMNS = ['severity', 'rule', 'person', 'vendors', 'reason'] as const;

/** `12 findings: 2 high, 7 medium, 3 low`. */
export function findingCounts(findings: readonly Finding[]): string {
  const counts = SEVERITIES.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts.join(', ')}`;
}

/** `acme: complete, 2 users`. */
function vendorLine(v: ReviewReport['vendors'][number]): string {
  return `${v.vendor}: ${v.status}, ${v.users} user${v.users === 1 ? '' : 's'}`;
}

const cells = (f: Finding) => [f.severity, f.rule, f.person, f.vendors.join(', '), f.reason];

/** `--format json`: exactly `{ findings: [{ rule, severity, person, vendors, reason }], vendors: [{ vendor, status, users }] }`. */
export function reviewToJson(report: ReviewReport): string {
  const findings = report.findings.map(({ rule, severity, person, vendors, reason }) => ({
    rule,
    severity,
    person,
    vendors,
    reason,
  }));
  const vendors = report.vendors.map(({ vendor, status, users }) => ({ vendor, status, users }));
  return `${JSON.stringify({ findings, vendors }, null, 2)}\n`;
}

/** `--format table`: the findings as aligned columns, then the counts and one line per vendor. */
export function reviewToTable(report: ReviewReport): string {
  const lines =
    report.findings.length > 0
      ? alignedColumns(['severity', 'rule', 'person', 'vendors', 'reason'], report.findings.map(cells))
      : ['(no findings)'];
  return `${[...lines, '', findingCounts(report.findings), ...report.vendors.map(vendorLine)].join('\n')}\n`;
}

/** `--format md`: the counts, the vendors, and one table of findings, every cell escaped. */
export function reviewToMarkdown(report: ReviewReport): string {
  const out = [
    '## Access review',
    '',
    `Snapshot taken ${mdCell(report.snapshot.takenAt)}. ${findingCounts(report.findings)}.`,
    '',
    ...report.vendors.map((v) => `- ${mdCell(vendorLine(v))}`),
    '',
  ];
  if (report.findings.length > 0) {
    out.push(mdTable(['severity', 'rule', 'person', 'vendors', 'reason'], report.findings.map(cells)), '');
  } else out.push('No findings.', '');
  return out.join('\n');
}

/** `--format csv`: one row per finding, vendors joined by `"; "`, formulas neutralised. */
export function reviewToCsv(report: ReviewReport): string {
  return toCsv([
    REVIEW_CSV_COLUMNS,
    ...report.findings.map((f) => [f.severity, f.rule, f.person, f.vendors.join(GROUP_SEPARATOR), f.reason]),
  ]);
}

/** Renders a review in the chosen format. */
export function formatReview(format: ReviewFormat, report: ReviewReport): string {
  switch (format) {
    case 'table':
      return reviewToTable(report);
    case 'json':
      return reviewToJson(report);
    case 'md':
      return reviewToMarkdown(report);
    case 'csv':
      return reviewToCsv(report);
    case 'html':
      return reviewToHtml(report);
  }
}
