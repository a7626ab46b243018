import { describe, expect, it } from 'vitest';
import { reviewToHtml } from '../../src/format/html.js';
import { reviewSnapshot } from '../../src/review/review.js';
import { attr, must, parseHtml, textOf } from '../support/html.js';
import { person, REVIEW_NOW, snapshot } from '../support/snapshots.js';

const USERS = [
  person({ id: 't-1', email: 'ada@example.com', role: 'owner', raw: { organization_user_bypasses_sso: true } }),
  person({ id: 't-2', email: 'bob@example.com', role: 'member', createdAt: '2020-01-01T00:00:00Z' }),
  person({ id: 'f-1', vendor: 'flashback', email: 'bob@example.com', status: 'deleted', role: 'user' }),
  person({ id: 'o-1', vendor: 'openai', email: 'cy@example.com', status: 'unknown', role: 'owner' }),
];
const REPORT = reviewSnapshot(snapshot(USERS, { flashback: {} }), { now: REVIEW_NOW });

describe('reviewToHtml', () => {
  const html = reviewToHtml(REPORT);
  const { errors, elements } = parseHtml(html);
  const rows = elements.filter(
    (e) => e.tagName === 'tr' && e.parentNode && 'tagName' in e.parentNode && e.parentNode.tagName === 'tbody',
  );

  it('parses as HTML without a single parse error', () => {
    expect(errors).toEqual([]);
    expect(elements.map((e) => e.tagName).slice(0, 3)).toEqual(['html', 'head', 'meta']);
  });

  it('has one findings row per finding, in the report order, with its cells', () => {
    expect(REPORT.findings.length).toBeGreaterThan(4);
    expect(rows).toHaveLength(REPORT.findings.length);
    expect(rows.map((r) => r.childNodes.map(textOf))).toEqual(
      REPORT.findings.map((f) => [f.severity, f.rule, f.person, f.vendors.join(', '), f.reason]),
    );
  });

  it('is self-contained: no external URL, no src or href, a CSP that loads nothing', () => {
    expect(html).not.toMatch(/https?:|\/\/|url\(/i);
    for (const element of elements) {
      for (const name of ['src', 'href', 'xlink:href', 'action', 'srcset']) expect(attr(element, name)).toBeUndefined();
    }
    expect(elements.filter((e) => ['link', 'img', 'iframe', 'object', 'embed'].includes(e.tagName))).toEqual([]);
    const csp = elements.find((e) => attr(e, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(must(csp, 'a CSP meta element'), 'content')).toMatch(/^default-src 'none'/);
  });

  it('draws each vendor by status and by role as inline SVG bars, one bar per value', () => {
    const figures = elements.filter((e) => e.tagName === 'figure');
    const captions = figures.map((f) => textOf(must(f.childNodes[0], 'a caption')));
    expect(captions).toEqual([
      'Users by status',
      'Users by role',
      'Users by status',
      'Users by role',
      'Users by status',
      'Users by role',
    ]);
    const bars = (figure: (typeof figures)[number]) =>
      elements.filter((e) => {
        const svg = e.parentNode;
        return e.tagName === 'rect' && svg !== null && 'parentNode' in svg && svg.parentNode === figure;
      }).length;
    // telnyx: status active ×2; roles owner, member.
    expect(bars(must(figures[0], 'a figure'))).toBe(1);
    expect(bars(must(figures[1], 'a figure'))).toBe(2);
    const titles = elements.filter(
      (e) => e.tagName === 'title' && e.parentNode && 'tagName' in e.parentNode && e.parentNode.tagName === 'svg',
    );
    expect(textOf(must(titles[0], 'an svg title'))).toBe('Users by status: active 2');
  });

  it('cuts a long label beside its bar, keeping the whole text in the chart title', () => {
    const role = 'organization-billing-administrator';
    const page = reviewToHtml(reviewSnapshot(snapshot([person({ id: 't-1', role })])));
    const parsed = parseHtml(page);
    const texts = parsed.elements.filter((e) => e.tagName === 'text').map(textOf);
    expect(texts).toContain('organization-bi…');
    expect(parsed.elements.filter((e) => e.tagName === 'title').map(textOf)).toContain(`Users by role: ${role} 1`);
  });

  it('sorts by severity with an inline script and a button in the severity header', () => {
    expect(elements.find((e) => attr(e, 'id') === 'sort-severity')?.tagName).toBe('button');
    expect(rows.map((r) => attr(r, 'data-rank'))).toEqual(
      REPORT.findings.map((f) => String(['high', 'medium', 'low'].indexOf(f.severity))),
    );
    const scripts = elements.filter((e) => e.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(attr(must(scripts[0], 'a script'), 'src')).toBeUndefined();
  });

  it('escapes every value: hostile names, emails and errors stay text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const report = reviewSnapshot(
      snapshot(
        [
          person({
            id: 't-1',
            email: `${evil}@example.com`,
            role: evil,
            raw: { organization_user_bypasses_sso: true },
          }),
          person({ id: 'f-1', vendor: 'flashback', email: `${evil}@example.com`, status: 'deleted' }),
        ],
        { openai: { status: 'failed', users: 0, error: `openai: ${evil}` } },
        evil,
      ),
      { now: REVIEW_NOW },
    );
    const page = reviewToHtml(report);
    const parsed = parseHtml(page);
    expect(parsed.errors).toEqual([]);
    expect(parsed.elements.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(parsed.elements.filter((e) => e.tagName === 'img')).toHaveLength(0);
    const cells = parsed.elements.filter((e) => e.tagName === 'td').map(textOf);
    expect(cells).toContain(`${evil.toLowerCase()}@example.com`);
    expect(parsed.elements.filter((e) => e.tagName === 'tr')).toHaveLength(report.findings.length + 1);
  });
});
