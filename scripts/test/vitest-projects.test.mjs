import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = readFileSync(path.join(repoRoot, 'vitest.config.ts'), 'utf8');
const testFiles = readdirSync(path.join(repoRoot, 'scripts'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => `scripts/${file.split(path.sep).join('/')}`);

// The scripts project shares one module graph per worker (isolate: false), so a module mocked in one
// file would reach the others, or miss the script it was meant for. Such files run in the
// `scripts-mocking` project, listed by name in vitest.config.ts.
describe('the scripts test projects', () => {
  it('finds the test files', () => {
    expect(testFiles).toContain('scripts/spec-diff/test/load.test.mjs');
  });

  it.each(testFiles)('%s mocks no module, or is listed as a mocking test', (file) => {
    const mocks = /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(repoRoot, file), 'utf8'));
    expect(mocks ? config.includes(`'${file}'`) : true, `list ${file} in MOCKING_SCRIPT_TESTS`).toBe(true);
  });
});

// The gate's vitest run (the root vitest.config.ts) names each package's config: as one of the
// SHARED_PACKAGES it imports, or as a project of its own. A package it forgot would run only in
// `pnpm test` inside that package, never in the gate.
describe('the root vitest.config.ts', () => {
  const withConfig = readdirSync(path.join(repoRoot, 'packages')).filter((dir) =>
    readdirSync(path.join(repoRoot, 'packages', dir)).includes('vitest.config.ts'),
  );

  it('finds the packages that have tests', () => {
    expect(withConfig).toEqual(expect.arrayContaining(['cli', 'client', 'mock']));
  });

  it.each(withConfig)('runs the tests of packages/%s', (dir) => {
    const named =
      config.includes(`'./packages/${dir}/vitest.config.js'`) || config.includes(`'packages/${dir}/vitest.config.ts'`);
    expect(named, `add packages/${dir} to SHARED_PACKAGES or to projects in vitest.config.ts`).toBe(true);
  });
});
