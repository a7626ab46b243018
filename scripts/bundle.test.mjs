import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundle } from './bundle.mjs';
import { loadApis } from './lib/apis.mjs';

/** @import { OpenAPI3, OperationObject } from 'openapi-typescript' */

const METHODS = /** @type {const} */ (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const apis = await loadApis();

/**
 * Every operation of a spec as `{ key, operationId, summary }`.
 * @param {OpenAPI3} doc
 */
function operations(doc) {
  return Object.entries(doc.paths ?? {}).flatMap(([route, item]) =>
    METHODS.flatMap((m) => {
      // Bundled specs keep `$ref`s to components, never to operations.
      const op = /** @type {Partial<Record<(typeof METHODS)[number], OperationObject>>} */ (item)[m];
      return op ? [{ key: `${m.toUpperCase()} ${route}`, operationId: op.operationId, summary: op.summary }] : [];
    }),
  );
}

/** The definition Redoc hydrates the page from. @param {string} html */
function pageDefinition(html) {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  if (!match?.[1]) throw new Error('no __redoc_definition in the page');
  return JSON.parse(match[1]);
}

describe('bundle', () => {
  /** @type {string} */
  let out;
  /** @type {Awaited<ReturnType<typeof bundle>>} */
  let files;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'orgdir-bundle-'));
    files = await bundle({ out });
  });

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('writes a YAML spec, a JSON spec and a page for every API of redocly.yaml', () => {
    expect(files.map((f) => path.relative(out, f.html)).sort()).toEqual(apis.map((a) => `docs/${a.name}.html`).sort());
    expect(files.map((f) => path.relative(out, f.yaml)).sort()).toEqual(apis.map((a) => `specs/${a.name}.yaml`).sort());
    expect(files.map((f) => path.relative(out, f.json)).sort()).toEqual(apis.map((a) => `specs/${a.name}.json`).sort());
  });

  describe.each(apis.map((api) => [api.name, api]))('%s', (name, api) => {
    it('bundle: one self-contained file, same in YAML and JSON, with every operation', async () => {
      const yamlText = await readFile(path.join(out, 'specs', `${name}.yaml`), 'utf8');
      const doc = parse(yamlText);
      expect(JSON.parse(await readFile(path.join(out, 'specs', `${name}.json`), 'utf8'))).toEqual(doc);
      const refs = [...yamlText.matchAll(/\$ref: ['"]?([^'"\s]+)/g)].map((m) => m[1]);
      expect(refs.filter((ref) => !ref?.startsWith('#/'))).toEqual([]);
      const source = parse(await readFile(api.specPath, 'utf8'));
      expect(operations(doc)).toEqual(operations(source));
    });

    it('docs: the page names every operationId and summary of the spec', async () => {
      const html = await readFile(path.join(out, 'docs', `${name}.html`), 'utf8');
      const source = parse(await readFile(api.specPath, 'utf8'));
      const expected = operations(source);
      expect(expected.length).toBeGreaterThan(0);
      expect(operations(pageDefinition(html))).toEqual(expected);
      const missing = expected
        .flatMap((op) => [op.operationId, op.summary])
        .filter((text) => text === undefined || !html.includes(text));
      expect(missing).toEqual([]);
      expect(html.includes(`<title>${source.info.title}</title>`)).toBe(true);
    });

    it('docs: the page renders offline, with telemetry off', async () => {
      const html = await readFile(path.join(out, 'docs', `${name}.html`), 'utf8');
      // Matched lists, not the page itself, so that a failure does not print 2.5 MB of HTML.
      const external = [
        ...html.matchAll(
          /<script[^>]+src="[^"]*"|<link[^>]+href="https?:[^"]*"|import [^;]{0,200} from ["']https?:[^"']*["']/g,
        ),
      ];
      expect(external.map((m) => m[0])).toEqual([]);
      expect(/__redoc_options = \{[^}]*"disableTelemetry":true/.test(html)).toBe(true);
    });
  });
});
