// @ts-check
// Prism's mock generator requires `@faker-js/faker` and uses its default faker, which speaks English
// unless a spec's `x-json-schema-faker: { locale }` switches it. That module builds the default faker
// from all of faker's ~60 locales up front: about 2,000 files and over a second of CPU on every
// Prism start, for data no mock reads. Plain JavaScript, as prism-host.js that uses it.
import { createRequire, Module } from 'node:module';
import path from 'node:path';

/**
 * Makes `require('@faker-js/faker')` from `parentFile` (a module of Prism's) return a module with
 * the same exports whose default faker is faker's own English build (`@faker-js/faker/locale/en`:
 * the same locale, fallback and data as the full build's default), and which loads any other
 * locale the first time it is switched to. Call it before that module loads. Returns false,
 * changing nothing, when this faker does not have that layout (another version): Prism then loads
 * the full build as it would anyway.
 * @param {string} parentFile
 * @returns {boolean}
 */
export function preferEnglishFaker(parentFile) {
  const parentRequire = createRequire(parentFile);
  let main = '';
  /** @type {unknown} */
  let english;
  try {
    main = parentRequire.resolve('@faker-js/faker');
    // The English build of the same package, not of another faker further up the search path.
    const marker = `${path.sep}node_modules${path.sep}@faker-js${path.sep}faker${path.sep}`;
    const root = main.slice(0, main.lastIndexOf(marker) + marker.length);
    const englishFile = parentRequire.resolve('@faker-js/faker/locale/en');
    if (!main.includes(marker) || !englishFile.startsWith(root)) return false;
    english = parentRequire(englishFile);
  } catch {
    return false;
  }
  const faker = /** @type {{ locale?: unknown, locales?: Record<string, unknown> } | null} */ (english);
  const fakerClass = faker?.constructor;
  // A faker instance with English data, and the full build not loaded yet.
  if (faker?.locale !== 'en' || !faker.locales?.en || typeof fakerClass !== 'function') return false;
  if (parentRequire.cache[main]) return false;

  // Another locale's data (`locales/<name>/index.js` of the full build), read when faker first asks.
  const dir = path.dirname(main);
  faker.locales = new Proxy(faker.locales, {
    get(loaded, name, receiver) {
      if (typeof name === 'string' && /^[a-z]{2}(_[A-Za-z]+)*$/.test(name) && !Object.hasOwn(loaded, name)) {
        try {
          loaded[name] = parentRequire(path.join(dir, 'locales', name, 'index.js')).default;
        } catch {
          // Not a locale of this faker: undefined, as in the full build.
        }
      }
      return Reflect.get(loaded, name, receiver);
    },
  });

  // The other exports of the full build, from its own files, loaded only if someone asks for them.
  const internal = (/** @type {string} */ file, /** @type {string} */ name) => ({
    enumerable: true,
    get: () => parentRequire(path.join(dir, file))[name],
  });
  const exports = Object.defineProperties(
    {},
    {
      __esModule: { value: true },
      Faker: { enumerable: true, value: fakerClass },
      FakerError: internal('errors/faker-error.js', 'FakerError'),
      Gender: internal('name.js', 'Gender'),
      default: { enumerable: true, value: english },
      faker: { enumerable: true, value: english },
    },
  );
  const module = new Module(main);
  module.filename = main;
  module.loaded = true;
  module.exports = exports;
  parentRequire.cache[main] = module;
  return true;
}
