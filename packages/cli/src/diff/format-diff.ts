import { alignedColumns } from '../format/columns.js';
import { GROUP_SEPARATOR, toCsv } from '../format/csv.js';
import { mdCell, mdTable } from '../format/markdown.js';
import { type DiffValue, type SnapshotDiff, userKey, type VendorDiff } from './diff-snapshots.js';

/** Output formats of `orgdir diff`. */
export const DIFF_FORMATS = ['table', 'json', 'md', 'csv'] as const;
/** One of {@link DIFF_FORMATS}. */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The CSV header of `orgdir diff --format csv`. */
export const DIFF_CSV_COLUMNS = ['vendor', 'change', 'id', 'email', 'field', 'from', 'to', 'note'] as const;

/** One report row: what happened to one user (or to a whole vendor that could not be compared). */
interface Row {
  vendor: string;
  change: 'added' | 'removed' | 'changed' | 'not-comparable';
  id?: string;
  email?: string;
  field?: string;
  from?: DiffValue;
  to?: DiffValue;
  note?: string;
}

function rows(diff: SnapshotDiff): Row[] {
  const out: Row[] = [];
  const email = (v: VendorDiff, id: string) => diff.users.get(userKey(v.vendor, id))?.email;
  for (const v of diff.vendors) {
    if (!v.comparable) {
      out.push({ vendor: v.vendor, change: 'not-comparable', note: diff.reasons[v.vendor] ?? 'not comparable' });
      continue;
    }
    for (const id of v.added) out.push({ vendor: v.vendor, change: 'added', id, email: email(v, id) ?? '' });
    for (const id of v.removed) out.push({ vendor: v.vendor, change: 'removed', id, email: email(v, id) ?? '' });
    for (const c of v.changed) {
      out.push({ vendor: v.vendor, change: 'changed', ...c, email: email(v, c.id) ?? '' });
    }
  }
  return out;
}

const show = (value: DiffValue | undefined, separator: string): string =>
  Array.isArray(value) ? value.join(separator) : (value ?? '');

/** One line per vendor: `acme: 1 added, 0 removed, 2 changed` or `globex: not comparable (…)`. */
function summary(diff: SnapshotDiff, v: VendorDiff): string {
  if (!v.comparable) return `${v.vendor}: not comparable (${diff.reasons[v.vendor] ?? 'incomplete'})`;
  return `${v.vendor}: ${v.added.length} added, ${v.removed.length} removed, ${v.changed.length} changed`;
}

/** `--format json`: exactly `{ vendors: [{ vendor, comparable, added, removed, changed }] }`. */
export function diffToJson(diff: SnapshotDiff): string {
  const vendors = diff.vendors.map(({ vendor, comparable, added, removed, changed }) => ({
    vendor,
    comparable,
    added,
    removed,
    changed: changed.map(({ id, field, from, to }) => ({ id, field, from, to })),
  }));
  return `${JSON.stringify({ vendors }, null, 2)}\n`;
}

/** `--format table`: aligned rows of the changes, then one summary line per vendor. */
export function diffToTable(diff: SnapshotDiff): string {
  const body = rows(diff).filter((r) => r.change !== 'not-comparable');
  const lines =
    body.length > 0
      ? alignedColumns(
          ['vendor', 'change', 'id', 'email', 'field', 'from', 'to'],
          body.map((r) => [r.vendor, r.change, r.id, r.email, r.field, show(r.from, ', '), show(r.to, ', ')]),
        )
      : ['(no changes)'];
  return `${[...lines, '', ...diff.vendors.map((v) => summary(diff, v))].join('\n')}\n`;
}

/** `--format md`: a summary list and one table of changes, every cell escaped. */
export function diffToMarkdown(diff: SnapshotDiff): string {
  const body = rows(diff).filter((r) => r.change !== 'not-comparable');
  const out = ['## Directory changes', '', ...diff.vendors.map((v) => `- ${mdCell(summary(diff, v))}`), ''];
  if (body.length > 0) {
    out.push(
      mdTable(
        ['vendor', 'change', 'id', 'email', 'field', 'from', 'to'],
        body.map((r) => [r.vendor, r.change, r.id, r.email, r.field, show(r.from, ', '), show(r.to, ', ')]),
      ),
      '',
    );
  } else out.push('No changes.', '');
  return out.join('\n');
}

/** `--format csv`: one row per change, a `not-comparable` row per vendor that was not compared. */
export function diffToCsv(diff: SnapshotDiff): string {
  return toCsv([
    DIFF_CSV_COLUMNS,
    ...rows(diff).map((r) => [
      r.vendor,
      r.change,
      r.id,
      r.email,
      r.field,
      show(r.from, GROUP_SEPARATOR),
      show(r.to, GROUP_SEPARATOR),
      r.note,
    ]),
  ]);
}

/** Renders a diff in the chosen format. */
export function formatDiff(format: DiffFormat, diff: SnapshotDiff): string {
  switch (format) {
    case 'table':
      return diffToTable(diff);
    case 'json':
      return diffToJson(diff);
    case 'md':
      return diffToMarkdown(diff);
    case 'csv':
      return diffToCsv(diff);
  }
}
