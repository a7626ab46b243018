// dereference() runs Redocly only for spec text it has not dereferenced before in this process, and
// never hands out a stale or shared document.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { dereference } from '../load.mjs';

/** How many `redocly bundle` runs load.mjs started. */
const bundles = vi.hoisted(() => ({ count: 0 }));

// Redocly itself is exercised by cli.test; here a stand-in counts the runs and writes each spec
// unchanged where Redocly would write it dereferenced, so each result shows the text it came from.
vi.mock('node:child_process', async (importOriginal) => {
  const original = /** @type {typeof import('node:child_process')} */ (await importOriginal());
  const { copyFile } = await import('node:fs/promises');
  const { basename, join } = await import('node:path');
  /** @param {string[]} args */
  const fakeBundle = async (args) => {
    bundles.count += 1;
    const inputs = args.slice(1, args.indexOf('--dereferenced'));
    const target = args[args.indexOf('-o') + 1] ?? '';
    // As Redocly: with one input `-o` names the file, with several a folder.
    for (const input of inputs) await copyFile(input, inputs.length === 1 ? target : join(target, basename(input)));
    return { stdout: '', stderr: '' };
  };
  /** @param {Parameters<typeof original.execFile>} args */
  const execFile = (...args) => original.execFile(...args);
  // What `promisify(execFile)` resolves with: { stdout, stderr }, as Node's own execFile.
  Object.assign(execFile, {
    [promisify.custom]: (/** @type {string} */ file, /** @type {string[]} */ args, /** @type {object} */ options) =>
      args[0] === 'bundle'
        ? fakeBundle(args)
        : new Promise((resolve, reject) => {
            original.execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) =>
              error ? reject(Object.assign(error, { stdout, stderr })) : resolve({ stdout, stderr }),
            );
          }),
  });
  return { ...original, execFile };
});

/**
 * A small OpenAPI document; `title` makes its text unique to a test.
 * @param {string} title @param {string} [idType] @param {string} [ref] where the response schema is
 */
function spec(title, idType = 'string', ref = '#/components/schemas/User') {
  return stringify({
    openapi: '3.1.0',
    info: { title, version: '1.0.0' },
    paths: {
      '/users': {
        get: {
          operationId: 'listUsers',
          responses: {
            200: {
              description: 'The users.',
              content: { 'application/json': { schema: { $ref: ref } } },
            },
          },
        },
      },
    },
    components: { schemas: { User: { type: 'object', properties: { id: { type: idType } } } } },
  });
}

/** @param {any} doc */
const idType = (doc) => doc.components.schemas.User.properties.id.type;

describe('dereference', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spec-diff-load-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(() => {
    bundles.count = 0;
  });

  /** Writes `text` to `<dir>/<folder>/specs/api.yaml` and returns the folder and the spec path. @param {string} folder @param {string} text */
  async function write(folder, text) {
    const root = path.join(dir, folder);
    await mkdir(path.join(root, 'specs'), { recursive: true });
    await writeFile(path.join(root, 'specs/api.yaml'), text);
    return { root, file: path.join(root, 'specs/api.yaml') };
  }

  it('dereferences the same text once, asked at once (base and head) or later, from any folder, a copy each', async () => {
    const base = await write('same-base', spec('same'));
    const head = await write('same-head', spec('same'));
    const [[before], [after]] = await Promise.all([
      dereference([base.file], base.root),
      dereference([head.file], head.root),
    ]);
    expect(idType(before)).toBe('string');
    expect(after).toEqual(before);
    // Editing a result does not change what the next caller gets.
    before.components.schemas.User.properties.id.type = 'edited';
    const [again] = await dereference([head.file], head.root);
    expect(idType(again)).toBe('string');
    expect(bundles.count).toBe(1);
  });

  it('dereferences a spec again once its text or the Redocly config next to it changed', async () => {
    const folder = await write('changed', spec('changed'));
    const [first] = await dereference([folder.file], folder.root);
    await writeFile(folder.file, spec('changed', 'integer'));
    const [second] = await dereference([folder.file], folder.root);
    expect(idType(first)).toBe('string');
    expect(idType(second)).toBe('integer');
    await writeFile(path.join(folder.root, 'redocly.yaml'), 'extends: [minimal]\n');
    await dereference([folder.file], folder.root);
    expect(bundles.count).toBe(3);
  });

  it('dereferences a spec with a $ref to another file every time: that file is not part of the key', async () => {
    const folder = await write('external', spec('external', 'string', 'user.yaml'));
    await writeFile(
      path.join(folder.root, 'specs/user.yaml'),
      stringify({ type: 'object', properties: { id: { type: 'string' } } }),
    );
    await dereference([folder.file], folder.root);
    await writeFile(
      path.join(folder.root, 'specs/user.yaml'),
      stringify({ type: 'object', properties: { id: { type: 'integer' } } }),
    );
    await dereference([folder.file], folder.root);
    expect(bundles.count).toBe(2);
  });
});
