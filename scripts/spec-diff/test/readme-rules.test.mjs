import { describe, expect, it } from 'vitest';
import { MARKERS, withRulesTable } from '../readme-rules.mjs';
import { RULE_IDS, rulesMarkdown } from '../rules.mjs';

// Whether README.md holds today's table is `pnpm check:readme`'s job (scripts/check-readme.mjs).
describe('README table of rules', () => {
  it('lists every rule once, with its verdict', () => {
    const rows = rulesMarkdown().split('\n').slice(2);
    expect(rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1])).toEqual(RULE_IDS);
    expect(rows.every((row) => /^\| `[^`]+` \| (❌ breaking|⚠️ review|✅ non-breaking) \| /.test(row))).toBe(true);
  });

  it('replaces what stands between the markers, and only that', () => {
    const text = `# Title\n\n${MARKERS.start}\n\n| old |\n\n${MARKERS.end}\n\nAfter.\n`;
    expect(withRulesTable(text)).toBe(
      `# Title\n\n${MARKERS.start}\n\n${rulesMarkdown()}\n\n${MARKERS.end}\n\nAfter.\n`,
    );
  });

  it('refuses a README without the markers, naming them', () => {
    expect(() => withRulesTable('# Title\n')).toThrow(MARKERS.start);
  });
});
