// The drift check's helpers: its mutations must keep applying to the specs as they evolve (a
// mutation whose target is gone would crash `pnpm test:drift`), and its repo copy must be isolated.
import { readFile, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadApis, repoRoot } from '../lib/apis.mjs';
import { MUTATIONS, movePath, removeProperty, renameProperty, STALE_CHECKS } from '../lib/spec-mutations.mjs';
import { copyWorkspace, removeCopy } from '../lib/workspace-copy.mjs';

const specs = Object.fromEntries(
  await Promise.all((await loadApis()).map(async (api) => [api.name, parse(await readFile(api.specPath, 'utf8'))])),
);
const vendorsOf = (/** @type {import('../lib/spec-mutations.mjs').Mutation} */ mutation) =>
  mutation.vendor === 'all' ? Object.keys(specs) : [mutation.vendor];

/**
 * A copy of a document without any `description`, to compare what else changed.
 * @param {unknown} node
 * @returns {unknown}
 */
function withoutDescriptions(node) {
  if (Array.isArray(node)) return node.map(withoutDescriptions);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'description' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDescriptions(value)]),
  );
}

describe('MUTATIONS', () => {
  it.each(MUTATIONS.map((m) => [m.id, m]))('%s applies to the current spec and changes it', (_id, mutation) => {
    for (const vendor of vendorsOf(mutation)) {
      const doc = structuredClone(specs[vendor]);
      mutation.apply(doc);
      expect(doc, `${mutation.id} on ${vendor}`).not.toEqual(specs[vendor]);
    }
  });

  it.each(MUTATIONS.filter((m) => !m.contract).map((m) => [m.id, m]))(
    '%s changes descriptions only',
    (_id, mutation) => {
      for (const vendor of vendorsOf(mutation)) {
        const doc = structuredClone(specs[vendor]);
        mutation.apply(doc);
        expect(withoutDescriptions(doc)).toEqual(withoutDescriptions(specs[vendor]));
      }
    },
  );

  it('covers every kind of drift the check promises', () => {
    expect(new Set(MUTATIONS.map((m) => m.kind))).toEqual(
      new Set([
        'renamed field',
        'removed field',
        'renamed parameter',
        'removed parameter',
        'changed type',
        'changed enum',
        'changed required-ness',
        'moved path',
        'removed status code',
        'removed media type',
        'changed security scheme',
        'changed server URL',
        'description-only edit',
      ]),
    );
  });

  it('has unique ids, and stale checks name existing mutations', () => {
    const ids = [...MUTATIONS, ...STALE_CHECKS].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of STALE_CHECKS) expect(MUTATIONS.map((m) => m.id)).toContain(check.of);
  });
});

describe('mutation helpers', () => {
  const doc = () => ({
    paths: { '/a': { get: { parameters: [{ name: 'id', in: 'query' }] } }, '/b': {} },
    components: {
      schemas: {
        User: {
          required: ['id', 'email'],
          properties: { id: { type: 'string' }, email: { type: 'string' } },
          example: { id: 'u', email: 'e' },
        },
      },
    },
  });

  it('renameProperty renames properties, required entries and example keys, not parameter names', () => {
    const d = doc();
    expect(renameProperty(d, 'id', 'uid')).toBe(3);
    expect(d.components.schemas.User).toEqual({
      required: ['uid', 'email'],
      properties: { uid: { type: 'string' }, email: { type: 'string' } },
      example: { uid: 'u', email: 'e' },
    });
    expect(d.paths['/a'].get.parameters[0]?.name).toBe('id');
  });

  it('removeProperty removes the property everywhere', () => {
    const d = doc();
    removeProperty(d, 'email');
    expect(d.components.schemas.User).toEqual({
      required: ['id'],
      properties: { id: { type: 'string' } },
      example: { id: 'u' },
    });
  });

  it('movePath keeps the path order', () => {
    const d = doc();
    movePath(d, '/a', '/z');
    expect(Object.keys(d.paths)).toEqual(['/z', '/b']);
  });

  /** @type {Array<[string, (d: ReturnType<typeof doc>) => unknown]>} */
  const gone = [
    ['renameProperty', (d) => renameProperty(d, 'nope', 'x')],
    ['removeProperty', (d) => removeProperty(d, 'nope')],
    ['movePath', (d) => movePath(d, '/nope', '/x')],
  ];
  it.each(gone)('%s throws when its target is gone', (_name, apply) => {
    expect(() => apply(doc())).toThrow(/nope/);
  });
});

describe('copyWorkspace', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await copyWorkspace(repoRoot, 'orgdir-copy-test-');
  });
  afterAll(() => removeCopy(dir));

  it('copies the specs', async () => {
    expect(await readFile(path.join(dir, 'redocly.yaml'), 'utf8')).toBe(
      await readFile(path.join(repoRoot, 'redocly.yaml'), 'utf8'),
    );
  });

  it('links workspace packages to the copies and other packages to the original install', async () => {
    const modules = path.join(dir, 'packages/contract-tests/node_modules');
    expect(await realpath(path.join(modules, '@orgdir/client'))).toBe(
      path.join(await realpath(dir), 'packages/client'),
    );
    const vitest = await readlink(path.join(modules, 'vitest'));
    expect(vitest.startsWith(path.join(repoRoot, 'node_modules'))).toBe(true);
  });
});
