import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leavesFakerEnglish, preferEnglishFaker } from '../src/internal/english-faker.js';

const run = promisify(execFile);
const englishFaker = fileURLToPath(new URL('../src/internal/english-faker.js', import.meta.url));

/** What a fresh process sees after preferEnglishFaker() and loading Prism's generator, as prism-host.js does. */
interface Loaded {
  applied: boolean;
  locales: string[];
  otherLocaleFiles: number;
  exports: string[];
  email: unknown;
}

describe('preferEnglishFaker', () => {
  it('gives Prism a default faker with English only, which still fakes data for x-faker', async () => {
    // A process of its own: the module cache it changes is process-wide.
    const script = `
      import { createRequire } from 'node:module';
      import { preferEnglishFaker } from ${JSON.stringify(englishFaker)};
      const prismRequire = createRequire(createRequire(${JSON.stringify(englishFaker)}).resolve('@stoplight/prism-cli/package.json'));
      const http = prismRequire.resolve('@stoplight/prism-http');
      const applied = preferEnglishFaker(http);
      const httpRequire = createRequire(http);
      const { generate } = httpRequire('./mocker/generator/JSONSchema.js');
      const faker = httpRequire('@faker-js/faker');
      const email = generate({}, {}, { type: 'string', 'x-faker': 'internet.email' }).right;
      const otherLocaleFiles = Object.keys(httpRequire.cache).filter((file) => /[/\\\\]locales[/\\\\](?!en[/\\\\])/.test(file)).length;
      const exports = Object.keys(faker).filter((name) => faker[name] !== undefined).sort();
      console.log(JSON.stringify({ applied, locales: Object.keys(faker.default.locales), otherLocaleFiles, exports, email }));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    const loaded = JSON.parse(stdout) as Loaded;
    expect(loaded).toEqual({
      applied: true,
      locales: ['en'],
      otherLocaleFiles: 0,
      // Every export of the full build, not only the default faker Prism uses.
      exports: ['Faker', 'FakerError', 'Gender', 'default', 'faker'],
      email: expect.stringMatching(/^\S+@\S+\.\S+$/),
    });
  });

  it('changes nothing for a faker without an English-only build (another version)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'orgdir-mock-faker-'));
    try {
      const faker = path.join(dir, 'node_modules/@faker-js/faker');
      await mkdir(faker, { recursive: true });
      await writeFile(path.join(faker, 'package.json'), '{ "name": "@faker-js/faker", "main": "index.js" }\n');
      await writeFile(path.join(faker, 'index.js'), 'module.exports = { faker: {} };\n');
      const parent = path.join(dir, 'index.js');
      expect(preferEnglishFaker(parent)).toBe(false);
      expect(createRequire(parent).cache[path.join(faker, 'index.js')]).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('leavesFakerEnglish', () => {
  let dir: string;
  const spec = (name: string) => path.join(dir, `${name}.yaml`);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orgdir-mock-faker-'));
    await writeFile(spec('plain'), 'openapi: 3.1.0\npaths: {}\n');
    await writeFile(spec('german'), 'openapi: 3.1.0\nx-json-schema-faker:\n  locale: de\npaths: {}\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    { specs: ['plain'], english: true },
    { specs: ['plain', 'missing'], english: true },
    { specs: ['german'], english: false },
    { specs: ['plain', 'german'], english: false },
  ])('$specs: $english', ({ specs, english }) => {
    expect(leavesFakerEnglish(specs.map(spec))).toBe(english);
  });
});
