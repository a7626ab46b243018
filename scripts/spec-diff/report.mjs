// Renders spec-diff results as Markdown for a pull-request comment or a GitHub job summary.

/** @import { Change } from './context.mjs' */

/**
 * The changes found for one API of redocly.yaml.
 * @typedef {object} ApiResult
 * @property {string} name    API name in redocly.yaml (the vendor)
 * @property {string} root    spec path relative to the repository
 * @property {Change[]} changes
 */

/** How each verdict reads in the table, and its place in it (breaking first). */
const VERDICTS = {
  breaking: { mark: '❌ yes', order: 0 },
  review: { mark: '⚠️ review', order: 1 },
  'non-breaking': { mark: '✅ no', order: 2 },
};

/**
 * Renders a Markdown report: a summary line, then one heading per vendor with a table of changes.
 * @param {ApiResult[]} results
 * @param {{ base: string, head?: string }} context `base` names the git ref compared against
 * @returns {string}
 */
export function renderReport(results, { base, head = 'working tree' }) {
  const count = (/** @type {Change['verdict']} */ verdict) =>
    results.reduce((n, r) => n + r.changes.filter((c) => c.verdict === verdict).length, 0);
  const breaking = count('breaking');
  const review = count('review');
  const total = results.reduce((n, r) => n + r.changes.length, 0);
  const lines = ['## OpenAPI spec changes', ''];
  lines.push(`Compared ${inline(base)} with the ${head}.`, '');
  const toReview = review > 0 ? `, ${plural(review, 'change')} to **review**` : '';
  if (total === 0) {
    lines.push('✅ **no changes** in any spec.', '');
  } else if (breaking > 0) {
    lines.push(
      `❌ **${plural(breaking, 'breaking change')}**${toReview} (of ${plural(total, 'change')}). Consumers need a major version bump, or revert the change.`,
      '',
    );
  } else if (review > 0) {
    lines.push(
      `⚠️ **${plural(review, 'change')} to review** (of ${plural(total, 'change')}): the classifier cannot tell whether ${review === 1 ? 'it breaks' : 'they break'} clients; a person must decide.`,
      '',
    );
  } else {
    lines.push(`✅ ${plural(total, 'change')}, **none breaking**.`, '');
  }
  for (const result of results) {
    lines.push(`### ${result.name} (${inline(result.root)})`, '');
    if (result.changes.length === 0) {
      lines.push('no changes', '');
      continue;
    }
    lines.push('| Breaking | Where | Change | Rule |', '| :-: | --- | --- | --- |');
    // Breaking changes first, then those to review, otherwise in the order found.
    const sorted = [...result.changes].sort((a, b) => VERDICTS[a.verdict].order - VERDICTS[b.verdict].order);
    for (const c of sorted) {
      const where = c.where === '(document)' ? c.where : inline(c.where);
      lines.push(`| ${VERDICTS[c.verdict].mark} | ${cell(where)} | ${cell(c.message)} | ${inline(c.rule)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** @param {number} n @param {string} word */
function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** @param {string} text */
function inline(text) {
  return `\`${text.replaceAll('`', "'")}\``;
}

/** Escapes what would break a table row. @param {string} text */
function cell(text) {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
