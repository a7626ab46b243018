import { describe, expect, it } from 'vitest';
import { renderReport } from '../report.mjs';

const removed = {
  rule: 'parameter-removed',
  breaking: true,
  where: 'GET /users',
  message: 'query parameter `page` removed',
};
const added = {
  rule: 'field-added',
  breaking: false,
  where: 'GET /users',
  message: 'response 200 application/json `a|b`: field added',
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

  it('tables the changes of each vendor, breaking first, and counts them', () => {
    const report = renderReport(
      [
        { name: 'telnyx', root: 'specs/telnyx.yaml', changes: [added, removed] },
        { name: 'openai', root: 'specs/openai.yaml', changes: [] },
      ],
      { base: 'main (abc1234)' },
    );
    expect(report).toContain('❌ **1 breaking change** (of 2 changes)');
    const rows = report
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Breaking') && !line.startsWith('| :-:'));
    expect(rows).toEqual([
      '| ❌ yes | `GET /users` | query parameter `page` removed |',
      '| ✅ no | `GET /users` | response 200 application/json `a\\|b`: field added |',
    ]);
    expect(report).toContain('### openai (`specs/openai.yaml`)\n\nno changes');
  });

  it('reports changes without a breaking one as such', () => {
    const report = renderReport([{ name: 'telnyx', root: 'specs/telnyx.yaml', changes: [added] }], { base: 'HEAD' });
    expect(report).toContain('✅ 1 change, **none breaking**.');
    expect(report).not.toContain('❌');
  });
});
