// The validator generator: deterministic output, and check:generated guards it like the types.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as checkGenerated } from '../check-generated.mjs';
import { generateAll } from '../generate-types.mjs';
import { renderValidators } from '../generate-validators.mjs';
import { loadApis } from '../lib/apis.mjs';
import { runInProcess } from './support/capture-io.mjs';
import { runScript } from './support/run-script.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const scripts = path.resolve(here, '..');
const fixtures = path.join(here, 'fixtures');

/** check-generated, in this process. @param {string} dir */
const check = (dir) => runInProcess(checkGenerated, ['--config', path.join(dir, 'redocly.yaml')]);

describe('generate-validators', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orgdir-validators-'));
    await cp(path.join(fixtures, 'good'), dir, { recursive: true });
    await generateAll({ config: path.join(dir, 'redocly.yaml') });
    // generate-validators as its own process: its exit code and what it prints.
    const result = await runScript('generate-validators.mjs', '--config', path.join(dir, 'redocly.yaml'));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^api\.yaml -> .*generated[/\\]validators[/\\]fixture\.ts$/m);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('generates the same text twice from the same spec (deterministic)', async () => {
    for (const api of await loadApis()) {
      expect(await renderValidators(api), api.root).toBe(await renderValidators(api));
    }
  });

  it('writes a module headed as generated that imports no compiler, only Ajv runtime helpers', async () => {
    const text = await readFile(path.join(dir, 'generated/validators/fixture.ts'), 'utf8');
    expect(text).toContain('Generated from api.yaml');
    expect(text).toContain('Do not edit');
    const imports = [...text.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports)
      expect(specifier).toMatch(/^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats\.js$|\.\.\/\.\.\/validation\.js$)/);
    expect(text).not.toMatch(/require\(/);
  });

  it('validates bodies with the compiled code and lists the documented property names', async () => {
    const text = await readFile(path.join(dir, 'generated/validators/fixture.ts'), 'utf8');
    // Run the generated module as plain JavaScript (type-only import and annotation dropped), from
    // the package that ships the modules, so its Ajv runtime imports resolve as they do there.
    const js = text
      .replace(/^import type .*$/m, '')
      .replace('export const validators: VendorValidators =', 'export const validators =');
    const file = path.join(scripts, '../packages/types', `.fixture-validators-${process.pid}.mjs`);
    await writeFile(file, js);
    try {
      const { validators } = await import(pathToFileURL(file).href);
      const media = validators.operations.listUsers.responses['200']['application/json'];
      expect(media.validate({ data: [{ id: 'u1', age: 41 }] })).toBe(true);
      expect(media.validate({ data: [{ age: '41' }] })).toBe(false);
      /** @type {Array<{ instancePath: string, keyword: string }>} */
      const errors = media.validate.errors;
      expect(errors.map((e) => [e.instancePath, e.keyword])).toEqual([
        ['/data/0', 'required'],
        ['/data/0/age', 'type'],
      ]);
      expect(media.shape).toEqual({
        t: 'object',
        p: [
          [
            'data',
            {
              t: 'array',
              i: {
                t: 'object',
                p: [
                  ['id', { t: 'string' }],
                  ['age', { t: 'integer' }],
                ],
              },
            },
          ],
        ],
      });
      expect(Object.keys(validators.operations.listUsers.responses)).toEqual(['200', '401']);
    } finally {
      await rm(file, { force: true });
    }
  });

  it('fails check:generated naming the stale validator when the spec changed and nobody regenerated', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'orgdir-validators-stale-'));
    try {
      await cp(dir, copy, { recursive: true });
      // Regenerate the types only: the committed validator is now behind the spec.
      const spec = await readFile(path.join(copy, 'api.yaml'), 'utf8');
      await writeFile(
        path.join(copy, 'api.yaml'),
        spec.replace('age:\n                type: integer', 'age:\n                type: string'),
      );
      await generateAll({ config: path.join(copy, 'redocly.yaml') });
      const result = await check(copy);
      expect(result.code).toBe(1);
      expect(result.output).toContain('generated/validators/fixture.ts is stale');
      expect(result.output).not.toContain('generated/fixture.ts is stale');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('fails check:generated when a validator module was edited by hand', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'orgdir-validators-edit-'));
    try {
      await cp(dir, copy, { recursive: true });
      const file = path.join(copy, 'generated/validators/fixture.ts');
      await writeFile(file, (await readFile(file, 'utf8')).replace('return errors === 0;', 'return true;'));
      const result = await check(copy);
      expect(result.code).toBe(1);
      expect(result.output).toContain('generated/validators/fixture.ts is stale');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
