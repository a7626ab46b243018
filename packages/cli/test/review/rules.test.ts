import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewSnapshot } from '../../src/review/review.js';
import { RULES, rulesMarkdown } from '../../src/review/rules.js';
import { RULE_IDS } from '../../src/review/types.js';
import { person, REVIEW_NOW, snapshot } from '../support/snapshots.js';

describe('the rule table', () => {
  it('lists every rule id once, in the documented order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it.each(RULE_IDS)('%s has its own fixture test', (id) => {
    expect(existsSync(new URL(`./rules/${id}.test.ts`, import.meta.url))).toBe(true);
  });

  // That README.md and packages/cli/README.md hold this table is `pnpm check:readme`'s job.
  it('renders one row per rule, in order, with its severity', () => {
    const rows = rulesMarkdown().split('\n').slice(2);
    expect(rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1])).toEqual([...RULE_IDS]);
    expect(rows.every((row) => /^\| `[a-z-]+` \| (high|medium|low) \| \S.* \|$/.test(row))).toBe(true);
  });
});

describe('the review code', () => {
  const dir = new URL('../../src/review/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it.each(files)("%s names no vendor: vendor facts come from the vendors' review signals", (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    expect(source).not.toMatch(/['"`](telnyx|flashback|openai)['"`]/);
  });
});

describe('reviewSnapshot', () => {
  it('matches people across vendors by email, trimmed and lower-cased', () => {
    const users = [
      person({ id: 't-1', email: '  Ada@Example.COM' }),
      person({ id: 'f-1', vendor: 'flashback', email: 'ada@example.com\t', status: 'deleted' }),
    ];
    const { findings } = reviewSnapshot(snapshot(users), { now: REVIEW_NOW });
    expect(findings.find((f) => f.rule === 'status-mismatch')?.person).toBe('ada@example.com');
  });

  it('sorts findings by severity, then rule order, then person', () => {
    const users = [
      person({ id: 't-1', email: 'z@example.com', role: 'owner', status: 'unknown' }),
      person({ id: 't-2', email: 'a@example.com', role: 'owner', createdAt: '2020-01-01T00:00:00Z' }),
      person({ id: 'f-2', vendor: 'flashback', email: 'a@example.com', status: 'deleted' }),
    ];
    const { findings } = reviewSnapshot(snapshot(users), { now: REVIEW_NOW });
    expect(findings.map((f) => [f.severity, f.rule, f.person])).toEqual([
      ['high', 'status-mismatch', 'a@example.com'],
      ['medium', 'inactive', 'a@example.com'],
      ['medium', 'unknown-status', 'z@example.com'],
      ['low', 'privileged', 'a@example.com'],
      ['low', 'privileged', 'z@example.com'],
    ]);
  });

  it('reports each vendor with its status and user count', () => {
    const snap = snapshot([person({ id: 't-1' })], { openai: { status: 'failed', users: 0 } });
    expect(reviewSnapshot(snap, { now: REVIEW_NOW }).vendors).toEqual([
      { vendor: 'telnyx', status: 'complete', users: 1 },
      { vendor: 'openai', status: 'failed', users: 0 },
    ]);
  });
});
