import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { expectNoKeys, parseCsv } from '../support/assertions.js';
import { FAKE_ENV, useFakeVendors } from '../support/fake-vendors.js';
import { parseHtml } from '../support/html.js';
import { runMain } from '../support/run-main.js';
import { person, REVIEW_NOW, snapshot } from '../support/snapshots.js';

const setup = useFakeVendors('orgdir-review-');

let counter = 0;
async function file(content: Snapshot | string): Promise<string> {
  const path = join(setup.dir, `s${counter++}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** A snapshot with one finding of each severity: status-mismatch (high), unknown-status (medium), privileged (low). */
const MIXED = snapshot([
  person({ id: 't-1', email: 'ada@example.com' }),
  person({ id: 'f-1', vendor: 'flashback', email: 'ada@example.com', status: 'deleted' }),
  person({ id: 'o-1', vendor: 'openai', email: 'cy@example.com', status: 'unknown', role: 'reader' }),
  person({ id: 't-2', email: 'own@example.com', role: 'owner', lastSignInAt: '2026-09-30T00:00:00Z' }),
]);
/** Only a low finding. */
const LOW = snapshot([person({ id: 't-2', email: 'own@example.com', role: 'owner' })]);

async function review(snap: Snapshot, args: string[] = []) {
  return runMain(['review', '--snapshot', await file(snap), ...args], { now: REVIEW_NOW });
}

describe('orgdir review --snapshot', () => {
  it('--format json prints exactly the documented shape', async () => {
    const result = await review(MIXED, ['--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [
        {
          rule: 'status-mismatch',
          severity: 'high',
          person: 'ada@example.com',
          vendors: ['telnyx', 'flashback'],
          reason: 'active in telnyx but deleted in flashback',
        },
        {
          rule: 'unknown-status',
          severity: 'medium',
          person: 'cy@example.com',
          vendors: ['openai'],
          reason: 'status unknown in openai: the vendor gives none, or one orgdir does not recognise',
        },
        {
          rule: 'privileged',
          severity: 'low',
          person: 'own@example.com',
          vendors: ['telnyx'],
          reason: 'owner in telnyx (1 privileged in telnyx)',
        },
      ],
      vendors: [
        { vendor: 'telnyx', status: 'complete', users: 2 },
        { vendor: 'flashback', status: 'complete', users: 1 },
        { vendor: 'openai', status: 'complete', users: 1 },
      ],
    });
  });

  it.each([
    ['high', 'high, medium and low', 1, MIXED],
    ['medium', 'high, medium and low', 1, MIXED],
    ['low', 'high, medium and low', 1, MIXED],
    ['high', 'only low', 0, LOW],
    ['medium', 'only low', 0, LOW],
    ['low', 'only low', 1, LOW],
  ] as const)('--fail-on %s with %s findings: exit %i', async (severity, _label, code, snap) => {
    expect((await review(snap, ['--fail-on', severity])).code).toBe(code);
  });

  it("ages are measured at the snapshot's takenAt, whatever the clock says", async () => {
    const snap = snapshot([person({ id: 't-1', lastSignInAt: '2026-09-01T00:00:00Z' })]);
    const path = await file(snap);
    for (const now of [REVIEW_NOW, new Date('2030-01-01T00:00:00Z')]) {
      const result = await runMain(['review', '--snapshot', path, '--format', 'json'], { now });
      expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings).toEqual([]);
    }
  });

  it('without --fail-on, exit 0 even with high findings', async () => {
    expect((await review(MIXED)).code).toBe(0);
  });

  it('table: aligned findings, the counts, one line per vendor', async () => {
    const { stdout } = await review(MIXED);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SEVERITY +RULE +PERSON +VENDORS +REASON$/);
    expect(lines[1]).toMatch(/^high +status-mismatch +ada@example\.com +telnyx, flashback +active in telnyx/);
    expect(lines).toContain('3 findings: 1 high, 1 medium, 1 low');
    expect(lines).toContain('openai: complete, 1 user');
  });

  it('md: a table row per finding', async () => {
    const { stdout } = await review(MIXED, ['--format', 'md']);
    expect(
      stdout.split('\n').filter((l) => l.startsWith('| high') || l.startsWith('| medium') || l.startsWith('| low')),
    ).toHaveLength(3);
  });

  it('csv: one row per finding, formulas neutralised', async () => {
    const evil = snapshot([
      person({ id: 't-1', email: '=HYPERLINK("http://evil.example")@example.com', role: 'owner' }),
    ]);
    const rows = parseCsv((await review(evil, ['--format', 'csv'])).stdout);
    expect(rows[0]).toEqual(['severity', 'rule', 'person', 'vendors', 'reason']);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[2]).toBe(`'=hyperlink("http://evil.example")@example.com`);
  });

  it('html --output: one self-contained file with a row per finding', async () => {
    const out = join(setup.dir, 'review.html');
    const result = await runMain(['review', '--snapshot', await file(MIXED), '-f', 'html', '-o', out], {
      now: REVIEW_NOW,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`orgdir: wrote a review with 3 findings to ${out}\n`);
    const parsed = parseHtml(await readFile(out, 'utf8'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.elements.filter((e) => e.tagName === 'tr')).toHaveLength(4);
  });

  it('--domain (repeatable) adds external-domain; --inactive-days and --max-owners reach the rules', async () => {
    const snap = snapshot([
      person({ id: 't-1', email: 'a@example.com', role: 'owner', lastSignInAt: '2026-08-01T00:00:00Z' }),
      person({ id: 't-2', email: 'b@partner.example', role: 'owner', lastSignInAt: '2026-09-29T00:00:00Z' }),
    ]);
    const rules = async (args: string[]) =>
      (
        JSON.parse((await review(snap, ['--format', 'json', ...args])).stdout) as {
          findings: Array<{ rule: string; severity: string }>;
        }
      ).findings.map((f) => `${f.rule}:${f.severity}`);
    expect(await rules([])).toEqual(['privileged:low', 'privileged:low']);
    expect(await rules(['--domain', 'example.com'])).toEqual([
      'external-domain:medium',
      'privileged:low',
      'privileged:low',
    ]);
    expect(await rules(['--domain', 'example.com', '--domain', '@Partner.Example'])).toEqual([
      'privileged:low',
      'privileged:low',
    ]);
    expect(await rules(['--inactive-days', '30'])).toEqual(['inactive:medium', 'privileged:low', 'privileged:low']);
    expect(await rules(['--max-owners', '1'])).toEqual(['privileged:medium', 'privileged:medium']);
  });
});

describe('orgdir review: live', () => {
  it('reads every vendor: findings from the vendors, the keys never printed', async () => {
    const result = await runMain(['review', ...setup.fake.flags, '--format', 'json', '--max-retries', '0'], {
      env: FAKE_ENV,
      now: REVIEW_NOW,
    });
    expect(result.code).toBe(0);
    const { findings, vendors } = JSON.parse(result.stdout) as {
      findings: Array<{ rule: string; person: string }>;
      vendors: Array<{ status: string }>;
    };
    expect(vendors.map((v) => v.status)).toEqual(['complete', 'complete', 'complete']);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'sso-bypass', person: 'bob@example.com' }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'unknown-status', person: 'jane@example.com' }));
    expectNoKeys(result);
  });

  it('a failed vendor is an incomplete finding (high); --fail-on high exits 1', async () => {
    setup.fake.behave('flashback', { status: 500 });
    const result = await runMain(
      ['review', ...setup.fake.flags, '--format', 'json', '--max-retries', '0', '--fail-on', 'high'],
      {
        env: FAKE_ENV,
        now: REVIEW_NOW,
      },
    );
    expect(result.code).toBe(1);
    const { findings } = JSON.parse(result.stdout) as { findings: Array<{ rule: string; vendors: string[] }> };
    expect(findings[0]).toMatchObject({ rule: 'incomplete', severity: 'high', person: '', vendors: ['flashback'] });
  });
});

describe('orgdir review: usage errors exit 2', () => {
  it.each([
    ['--inactive-days 0', ['--inactive-days', '0'], /integer from 1 to 36500/],
    ['--inactive-days 1.5', ['--inactive-days', '1.5'], /integer from 1 to 36500/],
    ['--inactive-days ninety', ['--inactive-days', 'ninety'], /integer/],
    ['--inactive-days 1e3', ['--inactive-days', '1e3'], /integer/],
    ['--max-owners -1', ['--max-owners', '-1'], /integer from 0 to 100000/],
    ['--domain with a space', ['--domain', 'example .com'], /domain name/],
    ['--domain an email', ['--domain', 'me@example.com'], /domain name/],
    ['--fail-on critical', ['--fail-on', 'critical'], /critical/],
    ['--format xml', ['--format', 'xml'], /xml/],
    ['--snapshot with --mock', ['--mock'], /cannot be used with/],
    ['--snapshot with --vendors', ['--vendors', 'telnyx'], /cannot be used with/],
  ])('%s', async (_name, args, message) => {
    const result = await runMain(['review', '--snapshot', await file(LOW), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['missing', join('nowhere', 'q4.json'), /q4\.json: cannot read the snapshot \(ENOENT\)/],
    ['not a snapshot', '[1,2]', /not a valid orgdir snapshot/],
    ['schemaVersion 3', JSON.stringify({ ...LOW, schemaVersion: 3 }), /schemaVersion 3 is not supported/],
  ])('--snapshot %s: names the file', async (name, content, message) => {
    const path = name === 'missing' ? join(setup.dir, content) : await file(content);
    const result = await runMain(['review', '--snapshot', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toMatch(message);
  });
});
