// Renders spec-diff results as Markdown for a pull-request comment or a GitHub job summary.

/** @typedef {import('./classify.mjs').Change} Change */

/**
 * The changes found for one API of redocly.yaml.
 * @typedef {object} ApiResult
 * @property {string} name    API name in redocly.yaml (the vendor)
 * @property {string} root    spec path relative to the repository
 * @property {Change[]} changes
 */

/**
 * Renders a Markdown report: a summary line, then one heading per vendor with a table of changes.
 * @param {ApiResult[]} results
 * @param {{ base: string, head?: string }} context `base` names the git ref compared against
 * @returns {string}
 */
export function renderReport(results, { base, head = 'working tree' }) {
  const breaking = results.reduce((n, r) => n + r.changes.filter((c) => c.breaking).length, 0);
  const total = results.reduce((n, r) => n + r.changes.length, 0);
  const lines = ['## OpenAPI spec changes', ''];
  lines.push(`Compared ${inline(base)} with the ${head}.`, '');
  if (total === 0) {
    lines.push('✅ **no changes** in any spec.', '');
  } else if (breaking === 0) {
    lines.push(`✅ ${plural(total, 'change')}, **none breaking**.`, '');
  } else {
    lines.push(
      `❌ **${plural(breaking, 'breaking change')}** (of ${plural(total, 'change')}). Consumers need a major version bump, or revert the change.`,
      '',
    );
  }
  for (const result of results) {
    lines.push(`### ${result.name} (${inline(result.root)})`, '');
    if (result.changes.length === 0) {
      lines.push('no changes', '');
      continue;
    }
    lines.push('| Breaking | Where | Change |', '| :-: | --- | --- |');
    // Breaking changes first, otherwise in the order found (document, then operations in spec order).
    const sorted = [...result.changes].sort((a, b) => Number(b.breaking) - Number(a.breaking));
    for (const c of sorted) {
      lines.push(
        `| ${c.breaking ? '❌ yes' : '✅ no'} | ${cell(c.where === '(document)' ? c.where : inline(c.where))} | ${cell(c.message)} |`,
      );
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
