import { alignedColumns } from '../format/columns.js';
import { mdCell, mdTable } from '../format/markdown.js';
import { KEY_ENV } from '../vendors.js';
import type { OperationReport, VendorReport, VerifyReport } from './verify.js';

/** Output formats of `orgdir verify`. */
export const VERIFY_FORMATS = ['table', 'json', 'md'] as const;
/** One of {@link VERIFY_FORMATS}. */
export type VerifyFormat = (typeof VERIFY_FORMATS)[number];

/** How the path of a difference about the whole answer (its status or media type) is shown. */
const WHOLE_ANSWER = '(answer)';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `drift: 3 operations, 7 requests, 2 differences` (or why the vendor was skipped). */
function vendorSummary(v: VendorReport): string {
  if (v.status === 'skipped') return `skipped: ${KEY_ENV[v.vendor]} is not set`;
  const requests = v.operations.reduce((n, o) => n + o.requests, 0);
  const differences = v.operations.reduce((n, o) => n + o.drift.length, 0);
  return `${v.status}: ${plural(v.operations.length, 'operation')}, ${plural(requests, 'request')}, ${plural(differences, 'difference')}`;
}

/** The table rows of one operation: one per difference, or one saying it is clean. */
function operationRows(o: OperationReport): string[][] {
  if (o.drift.length === 0) return [[o.operationId, String(o.requests), 'clean', '', '', '', '']];
  return o.drift.map((d) => [
    o.operationId,
    String(o.requests),
    d.kind,
    d.path || WHOLE_ANSWER,
    String(d.count),
    d.expected,
    d.actual,
  ]);
}

const HEADER = ['operation', 'requests', 'kind', 'path', 'count', 'expected', 'actual'] as const;

/** `--format json`: exactly `{ vendors: [{ vendor, status, error?, operations: [{ operationId, requests, drift: [{ kind, path, count, expected, actual }] }] }] }`. */
export function verifyToJson(report: VerifyReport): string {
  const vendors = report.vendors.map((v) => ({
    vendor: v.vendor,
    status: v.status,
    ...(v.error === undefined ? {} : { error: v.error }),
    operations: v.operations.map((o) => ({
      operationId: o.operationId,
      requests: o.requests,
      drift: o.drift.map(({ kind, path, count, expected, actual }) => ({ kind, path, count, expected, actual })),
    })),
  }));
  return `${JSON.stringify({ vendors }, null, 2)}\n`;
}

/** `--format table`: per vendor a summary line, its error, then one aligned row per operation and difference. */
export function verifyToTable(report: VerifyReport): string {
  const lines: string[] = [];
  for (const v of report.vendors) {
    lines.push(`${v.vendor}: ${vendorSummary(v)}`);
    if (v.error !== undefined) lines.push(`  error: ${v.error}`);
    if (v.operations.length > 0)
      lines.push(...alignedColumns(HEADER, v.operations.flatMap(operationRows)).map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `--format md`: a summary table of the vendors, then per vendor its error and its differences (for a CI job summary). */
export function verifyToMarkdown(report: VerifyReport): string {
  const verdict = report.vendors.some((v) => v.status === 'failed' || v.status === 'drift')
    ? 'drift or failures'
    : 'clean';
  const parts = [
    `## orgdir verify: ${verdict}`,
    mdTable(
      ['Vendor', 'Status'],
      report.vendors.map((v) => [v.vendor, vendorSummary(v)]),
    ),
  ];
  for (const v of report.vendors) {
    if (v.status === 'skipped') continue;
    parts.push(`### ${v.vendor}: ${v.status}`);
    if (v.error !== undefined) parts.push(`Error: ${mdCell(v.error)}`);
    parts.push(
      mdTable(
        ['Operation', 'Requests', 'Kind', 'Path', 'Count', 'Expected', 'Actual'],
        v.operations.flatMap(operationRows),
      ),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** The report in `format`. */
export function formatVerify(format: VerifyFormat, report: VerifyReport): string {
  switch (format) {
    case 'json':
      return verifyToJson(report);
    case 'md':
      return verifyToMarkdown(report);
    case 'table':
      return verifyToTable(report);
  }
}
