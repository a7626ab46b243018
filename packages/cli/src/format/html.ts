import type { DirectoryUser } from '@orgdir/client';
import type { ReviewReport } from '../review/review.js';
import { SEVERITIES } from '../review/types.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Control characters other than tab, LF and CR: not allowed in HTML text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(CONTROL, '?');
}

/** Bar geometry of the summary charts, in SVG user units. */
const BAR = { label: 120, width: 240, height: 18, gap: 6 } as const;

/** Longest label drawn beside a bar; the chart's title keeps the whole text. */
const MAX_LABEL = 16;

function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : label;
}

/** One horizontal bar chart of counts, as inline SVG with a text fallback in its title. */
function barChart(title: string, counts: ReadonlyMap<string, number>): string {
  const entries = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const row = BAR.height + BAR.gap;
  const height = Math.max(row, entries.length * row);
  const bars = entries.map(([label, n], i) => {
    const y = i * row;
    const w = Math.max(1, Math.round((n / max) * BAR.width));
    return [
      `<text x="0" y="${y + BAR.height - 5}">${escapeHtml(shortLabel(label))}</text>`,
      `<rect x="${BAR.label}" y="${y}" width="${w}" height="${BAR.height}" class="bar"></rect>`,
      `<text x="${BAR.label + w + 6}" y="${y + BAR.height - 5}">${n}</text>`,
    ].join('');
  });
  const summary = entries.map(([label, n]) => `${label} ${n}`).join(', ') || 'none';
  return [
    `<figure><figcaption>${escapeHtml(title)}</figcaption>`,
    `<svg role="img" width="${BAR.label + BAR.width + 60}" height="${height}" viewBox="0 0 ${BAR.label + BAR.width + 60} ${height}">`,
    `<title>${escapeHtml(`${title}: ${summary}`)}</title>`,
    ...bars,
    '</svg></figure>',
  ].join('');
}

function countBy(users: readonly DirectoryUser[], key: (u: DirectoryUser) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of users) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
  return counts;
}

/** One vendor's summary: status, user count, and its users by status and by role. */
function vendorSection(report: ReviewReport, vendor: ReviewReport['vendors'][number]): string {
  const users = report.snapshot.users.filter((u) => u.vendor === vendor.vendor);
  const error = report.snapshot.vendors.find((v) => v.vendor === vendor.vendor)?.error;
  const head = `<h3>${escapeHtml(vendor.vendor)} <span class="status-${escapeHtml(vendor.status)}">${escapeHtml(vendor.status)}</span>, ${vendor.users} user${vendor.users === 1 ? '' : 's'}</h3>`;
  if (vendor.status !== 'complete') {
    return `<section class="vendor">${head}<p>Not reviewed${error ? `: ${escapeHtml(error)}` : ''}.</p></section>`;
  }
  return [
    `<section class="vendor">${head}`,
    barChart(
      'Users by status',
      countBy(users, (u) => u.status),
    ),
    barChart(
      'Users by role',
      countBy(users, (u) => u.role ?? '(no role)'),
    ),
    '</section>',
  ].join('');
}

/** Sorts the findings table by severity (click the header again to reverse); no data in the script. */
const SORT_SCRIPT = `
(function () {
  var button = document.getElementById('sort-severity');
  var body = document.querySelector('#findings tbody');
  var descending = true;
  button.addEventListener('click', function () {
    descending = !descending;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var d = Number(a.dataset.rank) - Number(b.dataset.rank);
      return (descending ? d : -d) || Number(a.dataset.index) - Number(b.dataset.index);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    button.parentNode.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  });
})();
`;

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1b1b1b; }
h1 { margin-bottom: 0.2em; }
.vendors { display: flex; flex-wrap: wrap; gap: 1.5em; }
.vendor { border: 1px solid #ccc; border-radius: 6px; padding: 0.5em 1em; }
figure { margin: 0.5em 0; }
figcaption { font-weight: 600; margin-bottom: 0.3em; }
svg text { font: 12px system-ui, sans-serif; fill: #1b1b1b; }
.bar { fill: #3b6ea5; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
th button { font: inherit; font-weight: 600; background: none; border: none; padding: 0; cursor: pointer; }
.sev-high { color: #a40000; font-weight: 600; }
.sev-medium { color: #8a5300; font-weight: 600; }
.sev-low { color: #45611e; }
.status-failed, .status-skipped { color: #a40000; }
`;

/**
 * The review as one self-contained HTML page: inline CSS, inline SVG bars and an inline sorting
 * script, no external asset or URL (a Content-Security-Policy forbids loading any). Every value
 * from the snapshot is escaped.
 */
export function reviewToHtml(report: ReviewReport): string {
  const counts = SEVERITIES.map((s) => `${report.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  const rows = report.findings.map(
    (f, i) =>
      `<tr data-rank="${SEVERITIES.indexOf(f.severity)}" data-index="${i}"><td class="sev-${f.severity}">${f.severity}</td><td>${escapeHtml(f.rule)}</td><td>${escapeHtml(f.person)}</td><td>${escapeHtml(f.vendors.join(', '))}</td><td>${escapeHtml(f.reason)}</td></tr>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>orgdir access review, ${escapeHtml(report.snapshot.takenAt)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Access review</h1>
<p>As of the snapshot taken ${escapeHtml(report.snapshot.takenAt)}. ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}: ${counts}.</p>
<h2>Vendors</h2>
<div class="vendors">${report.vendors.map((v) => vendorSection(report, v)).join('\n')}</div>
<h2>Findings</h2>
<table id="findings">
<thead><tr><th aria-sort="descending"><button type="button" id="sort-severity">Severity</button></th><th>Rule</th><th>Person</th><th>Vendors</th><th>Reason</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
