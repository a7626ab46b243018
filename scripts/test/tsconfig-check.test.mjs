import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} file @returns {{ extends?: string, compilerOptions?: Record<string, unknown>, include?: string[], exclude?: string[] }} */
const readJson = (file) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));

/** Options a package's own tsconfig.json may set without changing what its code is checked against. */
const LAYOUT_OPTIONS = new Set(['rootDir', 'outDir', 'noEmit']);

/** @param {string} glob a tsconfig include pattern with `*` only @returns {RegExp} */
const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

const check = readJson('tsconfig.check.json');
const patterns = (check.include ?? []).map(globToRegExp);
const packages = readdirSync(path.join(repoRoot, 'packages')).filter((name) =>
  readdirSync(path.join(repoRoot, 'packages', name)).includes('tsconfig.json'),
);
/** Every workspace package: its folder under packages/ and its manifest. */
const manifests = readdirSync(path.join(repoRoot, 'packages')).map((dir) => ({
  dir,
  /** @type {{ name: string, exports?: Record<string, { default: string }> }} */
  manifest: JSON.parse(readFileSync(path.join(repoRoot, 'packages', dir, 'package.json'), 'utf8')),
}));

// `pnpm test` typechecks every package and the scripts in one program (tsconfig.check.json): lib and
// shared dependencies are then checked once instead of once per package. These tests keep that
// program checking exactly what each package's own `tsc -p tsconfig.json`, and the scripts'
// `tsc -p scripts/tsconfig.json`, would.
describe('tsconfig.check.json', () => {
  it('finds the packages', () => {
    expect(packages).toEqual(expect.arrayContaining(['cli', 'client', 'mock', 'types']));
  });

  it.each(packages)('includes everything packages/%s/tsconfig.json includes', (name) => {
    const own = readJson(`packages/${name}/tsconfig.json`);
    const missing = (own.include ?? []).filter((entry) => !patterns.some((re) => re.test(`packages/${name}/${entry}`)));
    expect(missing, `add these to tsconfig.check.json's include`).toEqual([]);
  });

  it.each(packages)('checks packages/%s with the shared compiler options', (name) => {
    const own = readJson(`packages/${name}/tsconfig.json`);
    expect(own.extends).toMatch(/^(\.\.\/\.\.\/tsconfig\.base\.json|\.\/tsconfig\.json)$/);
    // Any other option must be one the check program sets the same way (e.g. checkJs for a .js source).
    const options = Object.entries(own.compilerOptions ?? {}).filter(([option]) => !LAYOUT_OPTIONS.has(option));
    for (const [option, value] of options) {
      expect(check.compilerOptions?.[option], `${option} differs in tsconfig.check.json`).toEqual(value);
    }
  });

  it('checks the scripts as scripts/tsconfig.json does: every .mjs under checkJs, fixtures excluded', () => {
    const scripts = readJson('scripts/tsconfig.json');
    expect(scripts.extends).toBe('../tsconfig.base.json');
    expect(scripts.include).toEqual(['**/*.mjs']);
    expect(check.include).toContain('scripts/**/*.mjs');
    expect(scripts.exclude).toEqual(['**/fixtures/**']);
    expect(check.exclude).toEqual(['scripts/**/fixtures/**']);
    // Its other options only turn emit off, which noEmit already does here.
    expect(scripts.compilerOptions).toEqual({
      allowJs: true,
      checkJs: true,
      noEmit: true,
      declaration: false,
      declarationMap: false,
      sourceMap: false,
    });
  });

  it('extends the shared options, emits nothing and checks JavaScript only where scripts live', () => {
    expect(check.extends).toBe('./tsconfig.base.json');
    const { paths, ...options } = check.compilerOptions ?? {};
    expect(options).toEqual({ noEmit: true, allowJs: true, checkJs: true });
  });

  // The program reads our packages by their sources (which it checks anyway), not their built
  // declarations, so it needs no build; pack-consumer.test.mjs checks the built declarations.
  it('maps every export of every package to the source file its built file comes from, and nothing else', () => {
    /** @type {Record<string, string[]>} */
    const expected = {};
    for (const { dir, manifest } of manifests) {
      for (const [subpath, { default: built }] of Object.entries(manifest.exports ?? {})) {
        const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
        expected[specifier] = [built.replace(/^\.\/dist\//, `./packages/${dir}/src/`).replace(/\.js$/, '.ts')];
      }
    }
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['@orgdir/types', '@orgdir/client']));
    expect(check.compilerOptions?.paths).toEqual(expected);
  });
});

// `pnpm build` is one `tsc -b` over the root tsconfig.build.json; it builds a package after the
// packages its build config references, so each must reference every workspace package its sources
// import (a missing one builds against a stale or absent dist/), and the root must list them all.
describe('tsconfig.build.json', () => {
  const built = readdirSync(path.join(repoRoot, 'packages')).filter((name) =>
    readdirSync(path.join(repoRoot, 'packages', name)).includes('tsconfig.build.json'),
  );
  /** package name → its folder under packages/ */
  const folderOf = new Map(manifests.map(({ dir, manifest }) => [manifest.name, dir]));

  it('lists every package that has a build config', () => {
    /** @type {{ files?: string[], references?: Array<{ path: string }> }} */
    const root = JSON.parse(
      readFileSync(path.join(repoRoot, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
    );
    expect(root.files).toEqual([]);
    expect((root.references ?? []).map((ref) => ref.path).sort()).toEqual(
      built.map((name) => `packages/${name}/tsconfig.build.json`).sort(),
    );
  });

  it.each(built)('packages/%s references exactly the workspace packages its sources import', (name) => {
    const imported = new Set();
    const src = path.join(repoRoot, 'packages', name, 'src');
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      if (!/\.[cm]?[jt]s$/.test(file)) continue;
      for (const [, specifier = ''] of readFileSync(path.join(src, file), 'utf8').matchAll(
        /(?:from|import\()\s*'(@orgdir\/[a-z-]+)/g,
      )) {
        const dir = folderOf.get(specifier);
        if (dir !== undefined && dir !== name) imported.add(`../${dir}/tsconfig.build.json`);
      }
    }
    /** @type {{ compilerOptions?: Record<string, unknown>, references?: Array<{ path: string }> }} */
    const config = readJson(`packages/${name}/tsconfig.build.json`);
    expect((config.references ?? []).map((ref) => ref.path).sort()).toEqual([...imported].sort());
    expect(config.compilerOptions).toMatchObject({ composite: true, tsBuildInfoFile: 'dist/.tsbuildinfo' });
  });
});
