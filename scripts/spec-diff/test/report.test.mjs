import { describe, expect, it } from 'vitest';
import { renderReport } from '../report.mjs';

/** @import { Change } from '../context.mjs' */

/** @type {Change} */
const removed = {
  rule: 'parameter-removed',
  verdict: 'breaking',
  where: 'GET /users',
  message: 'query parameter `page` removed',
};
/** @type {Change} */
const added = {
  rule: 'field-added',
  verdict: 'non-breaking',
  where: 'GET /users',
  message: 'response 200 application/json `a|b`: field added',
};
/** @type {Change} */
const unmodelled = {
  rule: 'keyword-changed',
  verdict: 'review',
  where: 'GET /users',
  message: 'response 200 application/json `page`: `multipleOf` added as `2` (not modelled: review)',
};

describe('renderReport', () => {
  it('says "no changes" for every vendor when nothing changed', () => {
    const report = renderReport(
      [
        { name: 'telnyx', root: 'specs/telnyx.yaml', changes: [] },
        { name: 'openai', root: 'specs/openai.yaml', changes: [] },
      ],
      { base: 'main (abc1234)' },
    );
    expect(report).toContain('**no changes** in any spec');
    expect(report).toContain('### telnyx (`specs/telnyx.yaml`)\n\nno changes');
    expect(report).toContain('### openai (`specs/openai.yaml`)\n\nno changes');
    expect(report).not.toContain('|');
  });

  it('tables the changes of each vendor, breaking first, then those to review, and counts them', () => {
    const report = renderReport(
      [
        { name: 'telnyx', root: 'specs/telnyx.yaml', changes: [added, unmodelled, removed] },
        { name: 'openai', root: 'specs/openai.yaml', changes: [] },
      ],
      { base: 'main (abc1234)' },
    );
    expect(report).toContain('❌ **1 breaking change**, 1 change to **review** (of 3 changes)');
    const rows = report
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Breaking') && !line.startsWith('| :-:'));
    expect(rows).toEqual([
      '| ❌ yes | `GET /users` | query parameter `page` removed | `parameter-removed` |',
      '| ⚠️ review | `GET /users` | response 200 application/json `page`: `multipleOf` added as `2` (not modelled: review) | `keyword-changed` |',
      '| ✅ no | `GET /users` | response 200 application/json `a\\|b`: field added | `field-added` |',
    ]);
    expect(report).toContain('### openai (`specs/openai.yaml`)\n\nno changes');
  });

  it('reports changes without a breaking one as such', () => {
    const report = renderReport([{ name: 'telnyx', root: 'specs/telnyx.yaml', changes: [added] }], { base: 'HEAD' });
    expect(report).toContain('✅ 1 change, **none breaking**.');
    expect(report).not.toContain('❌');
  });

  it('says changes need review when some cannot be judged and none breaks', () => {
    const report = renderReport([{ name: 'telnyx', root: 'specs/telnyx.yaml', changes: [added, unmodelled] }], {
      base: 'HEAD',
    });
    expect(report).toContain('⚠️ **1 change to review** (of 2 changes)');
    expect(report).not.toContain('none breaking');
    expect(report).not.toContain('❌');
  });
});
