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
