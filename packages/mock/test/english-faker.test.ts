import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { preferEnglishFaker } from '../src/internal/english-faker.js';

const run = promisify(execFile);
const englishFaker = fileURLToPath(new URL('../src/internal/english-faker.js', import.meta.url));

/** What a fresh process sees after preferEnglishFaker() and loading Prism's generator, as prism-host.js does. */
interface Loaded {
  applied: boolean;
  locales: string[];
  otherLocaleFiles: number;
  exports: string[];
  email: unknown;
  german: { locales: string[]; otherLocaleFiles: number; title: unknown; firstNameIsGerman: boolean };
}

describe('preferEnglishFaker', () => {
  it('gives Prism a default faker with English only, which fakes data and loads another locale when it is switched to', async () => {
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
      const otherLocales = (...kept) => Object.keys(httpRequire.cache).filter((file) => {
        const locale = /[/\\\\]locales[/\\\\]([^/\\\\]+)[/\\\\]/.exec(file)?.[1];
        return locale !== undefined && !kept.includes(locale);
      }).length;
      const english = { locales: Object.keys(faker.default.locales), otherLocaleFiles: otherLocales('en') };
      // As Prism does for a spec's x-json-schema-faker: { locale: de }.
      faker.default.setLocale('de');
      const firstName = generate({}, {}, { type: 'string', 'x-faker': 'name.firstName' }).right;
      const german = {
        locales: Object.keys(faker.default.locales),
        otherLocaleFiles: otherLocales('en', 'de'),
        title: faker.default.definitions.title,
        firstNameIsGerman: faker.default.locales.de.name.first_name.includes(firstName),
      };
      const exports = Object.keys(faker).filter((name) => faker[name] !== undefined).sort();
      console.log(JSON.stringify({ applied, ...english, exports, email, german }));
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
      german: { locales: ['en', 'de'], otherLocaleFiles: 0, title: 'German', firstNameIsGerman: true },
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
