// Sorts what the classifier found between our spec (base) and the vendor's document (head) into what
// a client built from our spec would notice, and renders it as Markdown.

/**
 * @import { Change } from '../spec-diff/context.mjs'
 * @import { RuleId } from '../spec-diff/rules.mjs'
 * @import { Accepted } from './config.mjs'
 */

/**
 * A change with what the upstream watch adds: its category, whether it breaks the client, and the
 * reason when our spec keeps the difference on purpose.
 * @typedef {Change & { category: string, matters: boolean, accepted?: string }} UpstreamChange
 */

/**
 * The outcome for one vendor.
 * @typedef {object} UpstreamResult
 * @property {string} vendor
 * @property {string} [skipped] why nothing was compared (the vendor publishes no document)
 * @property {string} [source]  the document compared with
 * @property {string} [spec]    our spec, relative to the repository
 * @property {UpstreamChange[]} changes
 */

/** Rules about what no client reads: operation ids, descriptions, examples, `info`. */
const IGNORED = new Set(
  /** @type {RuleId[]} */ (['operation-id-changed', 'description-changed', 'annotation-changed', 'info-changed']),
);

/**
 * A path parameter's name is the document's own: the URL carries only its value, so a rename
 * (`{id}` → `{group_id}`) changes nothing a client sends.
 * @param {Change} change
 */
function pathParameterRenamed(change) {
  return change.rule === 'parameter-renamed' && change.message.startsWith('path parameter ');
}

/** The categories of the report, first match wins; a rule in none is `other`. */
const CATEGORIES = /** @type {Array<[string, RegExp]>} */ ([
  [
    'new required fields',
    /^(required-field-added|.*field-became-required|required-parameter-added|parameter-became-required)$/,
  ],
  ['removed or renamed properties', /^field-(removed|renamed)$/],
  ['enum values', /enum/],
  ['parameters', /^(optional-parameter-added|parameter-)/],
  ['types', /type|format|variant/],
  ['status codes and media types', /^(response-status|media-type)/],
  ['new properties', /^(optional-)?field-added$/],
  ['operations', /^(path|operation)-/],
  ['security', /^security-/],
]);

/** @param {RuleId} rule */
function categoryOf(rule) {
  return CATEGORIES.find(([, pattern]) => pattern.test(rule))?.[0] ?? 'other';
}

/**
 * Drops what no client reads, adds each change's category and the reason of a matching accepted
 * difference, and marks as mattering every breaking change not accepted. Breaking changes first.
 * @param {Change[]} changes classify(ours, theirs)
 * @param {Accepted[]} accepted
 * @returns {UpstreamChange[]}
 */
export function sortChanges(changes, accepted) {
  const order = { breaking: 0, review: 1, 'non-breaking': 2 };
  return changes
    .filter((c) => !IGNORED.has(c.rule) && !pathParameterRenamed(c))
    .map((c) => {
      const match = accepted.find(
        (a) => a.rule === c.rule && a.where === c.where && (a.field === undefined || c.message.includes(a.field)),
      );
      return {
        ...c,
        category: categoryOf(c.rule),
        matters: c.verdict === 'breaking' && !match,
        ...(match ? { accepted: match.reason } : {}),
      };
    })
    .sort((a, b) => Number(b.matters) - Number(a.matters) || order[a.verdict] - order[b.verdict]);
}

/** @param {string} text */
const cell = (text) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * The Markdown report of one vendor: a verdict line, then a table of the differences.
 * @param {UpstreamResult} result
 * @returns {string}
 */
export function renderUpstreamReport(result) {
  const lines = [`## Upstream spec watch: ${result.vendor}`, ''];
  if (result.skipped !== undefined) {
    lines.push(`⏭️ skipped: ${result.skipped}`);
    return lines.join('\n');
  }
  lines.push(`Compared \`${result.spec}\` with \`${result.source}\`, on the operations we model.`, '');
  const matters = result.changes.filter((c) => c.matters).length;
  if (result.changes.length === 0) lines.push('✅ **up to date**: the vendor documents nothing we lack.');
  else if (matters > 0)
    lines.push(
      `❌ **behind**: ${matters} of ${result.changes.length} differences would break a client built from our spec. Update the spec, or list the difference under \`accepted\` in upstream.yaml with its reason.`,
    );
  else lines.push(`✅ ${result.changes.length} differences, **none breaking** the client (listed for review).`);
  if (result.changes.length > 0) {
    lines.push(
      '',
      "| Breaks client | Category | Where | From ours to the vendor's | Rule |",
      '| :-: | --- | --- | --- | --- |',
    );
    for (const c of result.changes) {
      const mark = c.matters ? '❌ yes' : c.accepted ? '➖ accepted' : c.verdict === 'review' ? '⚠️ review' : '✅ no';
      const change = c.accepted ? `${c.message} (accepted: ${c.accepted})` : c.message;
      lines.push(`| ${mark} | ${c.category} | \`${c.where}\` | ${cell(change)} | \`${c.rule}\` |`);
    }
  }
  return lines.join('\n');
}
