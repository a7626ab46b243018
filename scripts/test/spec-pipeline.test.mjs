// The spec pipeline's own scripts must fail when what they guard is broken.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run as checkGenerated } from '../check-generated.mjs';
import { generateAllValidators } from '../generate-validators.mjs';
import { run as lintSpecs } from '../lint-specs.mjs';
import { runInProcess } from './support/capture-io.mjs';
import { runScript } from './support/run-script.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures');

// The scripts run in this process (each `redocly lint` is still a process of its own); one test per
// script runs it as its own process, for the exit code and the output streams.
const lint = (/** @type {string} */ config) => runInProcess(lintSpecs, ['--config', config]);

describe('lint-specs', () => {
  it('passes a spec whose examples validate', async () => {
    const result = await lint(path.join(fixtures, 'good/redocly.yaml'));
    expect(result.stdout).toContain('lints clean');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('as its own process: fails on an example that does not match its schema, naming the rule and the line', async () => {
    const result = await runScript('lint-specs.mjs', '--config', path.join(fixtures, 'broken-example/redocly.yaml'));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^api\.yaml:\d+:\d+ +error +no-invalid-media-type-examples +Example value/m);
    expect(result.output).toContain('1 error(s)');
  });

  it('fails on a warning too, not only on errors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'orgdir-lint-'));
    try {
      await cp(path.join(fixtures, 'good'), dir, { recursive: true });
      const spec = await readFile(path.join(dir, 'api.yaml'), 'utf8');
      // `recommended` only warns about a tag without a description.
      await writeFile(path.join(dir, 'api.yaml'), spec.replace('    description: Users of the fixture.\n', ''));
      const result = await lint(path.join(dir, 'redocly.yaml'));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^api\.yaml:\d+:\d+ +warn +tag-description /m);
      expect(result.stderr).toMatch(/0 error\(s\) and [1-9]\d* warning\(s\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails, showing what the linter said, when it prints no report (a spec that does not exist)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'orgdir-lint-'));
    try {
      await writeFile(path.join(dir, 'redocly.yaml'), 'apis:\n  fixture:\n    root: missing.yaml\n');
      const result = await lint(path.join(dir, 'redocly.yaml'));
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('lint:specs: could not read the linter output');
      expect(result.stderr.replace('lint:specs: could not read the linter output', '').trim()).not.toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('generate-types and check-generated', () => {
  // Generated once (openapi-typescript and TypeScript take seconds to load), generate-types as its
  // own process; every test then works on its own copy of the generated fixture.
  let generatedFixture = '';
  let dir = '';
  beforeAll(async () => {
    generatedFixture = await mkdtemp(path.join(tmpdir(), 'orgdir-generated-fixture-'));
    await cp(path.join(fixtures, 'good'), generatedFixture, { recursive: true });
    const generated = await runScript('generate-types.mjs', '--config', path.join(generatedFixture, 'redocly.yaml'));
    expect(generated.code, generated.output).toBe(0);
    expect(generated.output).toMatch(/^api\.yaml -> .*generated[/\\]fixture\.ts$/m);
    await generateAllValidators({ config: path.join(generatedFixture, 'redocly.yaml') });
  });
  afterAll(() => rm(generatedFixture, { recursive: true, force: true }));
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orgdir-generated-'));
    await cp(generatedFixture, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const check = () => runInProcess(checkGenerated, ['--config', path.join(dir, 'redocly.yaml')]);

  it('writes a module headed as generated, naming its spec', async () => {
    const text = await readFile(path.join(dir, 'generated/fixture.ts'), 'utf8');
    expect(text.split('\n').slice(0, 3).join('\n')).toContain('Generated from api.yaml');
    expect(text).toContain('Do not edit');
    expect(text).toContain('listUsers');
  });

  it('passes when the committed output matches the spec', async () => {
    const result = await check();
    expect(result.output).toContain('2 generated files match');
    expect(result.code).toBe(0);
  });

  it('as its own process: fails naming the stale file when the spec changed and nobody regenerated', async () => {
    const spec = await readFile(path.join(dir, 'api.yaml'), 'utf8');
    await writeFile(
      path.join(dir, 'api.yaml'),
      spec.replace('age:\n                type: integer', 'age:\n                type: string'),
    );
    const result = await runScript('check-generated.mjs', '--config', path.join(dir, 'redocly.yaml'));
    expect(result.code).toBe(1);
    expect(result.output).toContain('generated/fixture.ts is stale');
    expect(result.output).toContain('pnpm generate');
  });

  it('fails when the generated file was edited by hand', async () => {
    const file = path.join(dir, 'generated/fixture.ts');
    await writeFile(file, `${await readFile(file, 'utf8')}\nexport type Extra = 1;\n`);
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.output).toContain('is stale');
  });

  it('fails when a generated file has no spec behind it', async () => {
    await writeFile(path.join(dir, 'generated/orphan.ts'), 'export {};\n');
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.output).toContain('generated/orphan.ts is not generated from any spec');
  });
});
