import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApis } from '../lib/apis.mjs';
import { ConfigError, loadUpstreamConfig } from '../spec-upstream/config.mjs';
import { specUpstream, run as specUpstreamCli, UsageError } from '../spec-upstream/index.mjs';
import { renderUpstreamReport } from '../spec-upstream/report.mjs';
import { DocumentError, dereferenceLocal } from '../spec-upstream/view.mjs';
import { runInProcess } from './support/capture-io.mjs';
import { execFailure } from './support/exec-failure.mjs';

/** @import { UpstreamChange } from '../spec-upstream/report.mjs' */

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(repoRoot, 'scripts/test/fixtures/upstream');
const cli = path.join(repoRoot, 'scripts/spec-upstream/index.mjs');

/** Compares the fixture vendor `acme` with a fixture document. @param {string} file */
const compare = (file, vendor = 'acme') =>
  specUpstream({ vendor, source: path.join(fixtures, file), root: fixtures, cwd: fixtures });

/** @param {UpstreamChange[]} changes */
const brief = (changes) =>
  changes.map((c) => ({ rule: c.rule, where: c.where, matters: c.matters, category: c.category }));

/** Runs the CLI against the repository, in this process. @param {string[]} args */
const run = (args) => runInProcess(specUpstreamCli, args, repoRoot);

/** Runs the CLI against the repository as its own process. @param {string[]} args */
async function runProcess(args) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return execFailure(error);
  }
}

describe('specUpstream', () => {
  it('finds nothing when the vendor says the same in its own way (3.0 nullable, default styles, other ids, texts and path parameter names, operations we do not model)', async () => {
    const result = await compare('same.yaml');
    expect(result.changes).toEqual([]);
    expect(renderUpstreamReport(result)).toContain('up to date');
  });

  it.each(
    /** @type {Array<[string, string, string, boolean]>} */ ([
      ['response-enum-value-added', 'GET /members', 'enum values', true],
      ['response-type-added', 'GET /members', 'types', true],
      ['field-removed', 'GET /members', 'removed or renamed properties', true],
      ['response-status-removed', 'GET /members', 'status codes and media types', true],
      ['path-removed', 'GET /members/{id}/teams', 'operations', true],
      ['optional-parameter-added', 'GET /members', 'parameters', false],
      ['response-field-became-required', 'GET /members', 'new required fields', false],
      ['field-added', 'GET /members', 'new properties', false],
      ['response-status-added', 'GET /members', 'status codes and media types', false],
    ]),
  )('a vendor ahead of us: %s at %s (%s), breaks the client: %s', async (rule, where, category, matters) => {
    const { changes } = await compare('ahead.yaml');
    expect(brief(changes)).toContainEqual({ rule, where, category, matters });
  });

  it('names each difference by field, value or status', async () => {
    const messages = (await compare('ahead.yaml')).changes.map((c) => c.message);
    for (const text of [
      '`data[].status`: enum value `"suspended"` added',
      '`data[].nickname`: field removed',
      '`data[].id`: type changed from `string` to `integer`',
      'optional query parameter `filter[team]` added',
      'response `401` removed',
      'response `429` added',
      '`data[].email`: became required',
    ])
      expect(
        messages.some((m) => m.includes(text)),
        text,
      ).toBe(true);
  });

  it('a difference accepted in upstream.yaml is listed with its reason and does not matter; breaking ones come first', async () => {
    const result = await compare('ahead.yaml');
    const beta = result.changes.find((c) => c.message.includes('"beta"'));
    expect(beta).toMatchObject({
      rule: 'response-enum-value-added',
      matters: false,
      accepted: expect.stringContaining('never returns'),
    });
    const firstCalm = result.changes.findIndex((c) => !c.matters);
    expect(result.changes.slice(firstCalm).every((c) => !c.matters)).toBe(true);
    const report = renderUpstreamReport(result);
    expect(report).toContain('❌ **behind**: 5 of 11 differences');
    expect(report).toContain('➖ accepted');
  });

  it('a vendor that publishes no document is skipped with the reason from upstream.yaml', async () => {
    const result = await specUpstream({ vendor: 'nodoc', root: fixtures });
    expect(result).toEqual({ vendor: 'nodoc', skipped: 'Nodoc publishes no OpenAPI document.', changes: [] });
    expect(renderUpstreamReport(result)).toContain('skipped: Nodoc publishes no OpenAPI document.');
  });

  it('fetches the configured URL (through the fetch given), and reports a failed one', async () => {
    const body = await readFile(path.join(fixtures, 'ahead.yaml'), 'utf8');
    /** @type {string[]} */
    const asked = [];
    /** @param {string | URL | Request} url */
    const ok = async (url) => {
      asked.push(String(url));
      return new Response(body, { status: 200 });
    };
    const result = await specUpstream({ vendor: 'acme', root: fixtures, fetch: /** @type {typeof fetch} */ (ok) });
    expect(asked).toEqual(['https://acme.invalid/openapi.yaml']);
    expect(result.changes.some((c) => c.matters)).toBe(true);
    const gone = async () => new Response('nope', { status: 404 });
    await expect(
      specUpstream({ vendor: 'acme', root: fixtures, fetch: /** @type {typeof fetch} */ (gone) }),
    ).rejects.toThrow(new DocumentError('GET https://acme.invalid/openapi.yaml answered 404'));
  });

  it.each([
    ['missing.yaml', /cannot read .*missing\.yaml: ENOENT/],
    ['upstream.yaml', /is not an OpenAPI 3 document/],
  ])('%s: a DocumentError naming the problem', async (file, message) => {
    await expect(compare(file)).rejects.toThrow(message);
  });

  it('an unknown vendor is a UsageError listing the known ones', async () => {
    await expect(specUpstream({ vendor: 'nope', root: fixtures })).rejects.toThrow(
      new UsageError('unknown vendor "nope" (expected acme, nodoc)'),
    );
  });

  it('a $ref to another file or to nothing is a DocumentError naming it', () => {
    expect(() => dereferenceLocal({ a: { $ref: 'other.yaml#/x' } })).toThrow(/only local \$refs.*other\.yaml/);
    expect(() => dereferenceLocal({ a: { $ref: '#/components/schemas/Gone' } })).toThrow(/points at nothing/);
  });
});

describe('upstream.yaml', () => {
  /** @type {string} */
  let dir;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spec-upstream-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("the repository's config names every vendor of redocly.yaml: an https URL, or why there is none", async () => {
    const vendors = (await loadApis()).map((a) => a.name);
    const config = await loadUpstreamConfig(path.join(repoRoot, 'upstream.yaml'), vendors);
    expect(Object.keys(config).sort()).toEqual([...vendors].sort());
    expect(config.flashback?.none).toMatch(/publishes no OpenAPI document/);
    for (const vendor of ['telnyx', 'openai']) expect(config[vendor]?.url).toMatch(/^https:\/\//);
  });

  it.each([
    ['a vendor missing', 'vendors: {}', /vendors\.acme is missing/],
    ['both url and none', 'vendors: { acme: { url: "https://a.invalid", none: "x" } }', /exactly one of url or none/],
    ['a plain http url', 'vendors: { acme: { url: "http://a.invalid" } }', /must be an https URL/],
    [
      'an unknown rule',
      'vendors: { acme: { url: "https://a.invalid", accepted: [{ rule: "nope", where: "GET /", reason: "r" }] } }',
      /accepted\[0\]\.rule is not a spec:diff rule/,
    ],
    [
      'no reason',
      'vendors: { acme: { url: "https://a.invalid", accepted: [{ rule: "field-removed", where: "GET /" }] } }',
      /accepted\[0\]\.reason is missing/,
    ],
    ['an unknown vendor', 'vendors: { acme: { none: "n" }, zeta: { none: "n" } }', /vendors redocly\.yaml lacks: zeta/],
  ])('%s: a ConfigError naming the entry', async (_, text, message) => {
    const file = path.join(dir, `${_.replaceAll(' ', '-')}.yaml`);
    await writeFile(file, text);
    const error = await loadUpstreamConfig(file, ['acme']).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(message);
  });
});

describe('pnpm spec:upstream', () => {
  it('flashback: says it publishes no document and exits 0', async () => {
    const { code, stdout } = await run(['flashback']);
    expect(code).toBe(0);
    expect(stdout).toContain('skipped: Flashback publishes no OpenAPI document');
  });

  it('as its own process: exits 1 when our spec is behind in a way that breaks the client', async () => {
    // A hand-made Telnyx-like document that lacks the operations our spec models.
    const { code, stdout, stderr } = await runProcess(['telnyx', path.join(fixtures, 'ahead.yaml')]);
    expect(code).toBe(1);
    expect(stdout).toContain('`path-removed`');
    expect(stderr).toContain('specs/telnyx.yaml is behind');
  });

  it.each([
    [['acme'], /unknown vendor "acme"/],
    [[], /missing <vendor>/],
    [['telnyx', 'a.yaml', 'b.yaml'], /too many arguments/],
    [['telnyx', 'no-such-file.yaml'], /cannot read no-such-file\.yaml/],
  ])('%j exits 2 with a message', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
