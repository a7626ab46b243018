import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedTables, staleTables } from '../check-readme.mjs';
import { repoRoot } from '../lib/apis.mjs';

/** Reads the READMEs as they are, but `edit` rewrites `target`'s text first. */
const readEdited =
  (/** @type {string} */ target, /** @type {(text: string) => string} */ edit) =>
  async (/** @type {string} */ file) => {
    const text = await readFile(path.join(repoRoot, file), 'utf8');
    return file === target ? edit(text) : text;
  };

/** The first table row after `heading` with its last cell changed. */
const changeRowAfter = (/** @type {string} */ heading) => (/** @type {string} */ text) => {
  const at = text.indexOf(heading);
  const row = text.indexOf('\n| ', text.indexOf('| --- |', at));
  const end = text.indexOf('\n', row + 1);
  return `${text.slice(0, end - 2)}edited |${text.slice(end)}`;
};

describe('pnpm check:readme', () => {
  it("finds every generated table of this repository's READMEs current", async () => {
    expect(await staleTables(repoRoot)).toEqual([]);
  });

  it('checks four tables in two READMEs', async () => {
    const tables = await generatedTables(repoRoot);
    expect(tables.map((t) => `${t.readme}: ${t.name}`)).toEqual([
      'README.md: the spec-diff table of rules',
      'README.md: the review table of rules',
      'packages/cli/README.md: the review table of rules',
      'README.md: the benchmark table',
    ]);
  });

  it.each([
    ['README.md', '<!-- spec-diff rules', 'the spec-diff table of rules is stale: pnpm spec:rules'],
    ['README.md', '<!-- bench:start', 'the benchmark table is stale: pnpm bench:readme'],
    ['packages/cli/README.md', '| rule id | severity', 'the review table of rules is stale'],
  ])('names a hand-edited row of %s after %s', async (readme, heading, message) => {
    const stale = await staleTables(repoRoot, readEdited(readme, changeRowAfter(heading)));
    expect(stale).toEqual([expect.stringContaining(`${readme}: ${message}`)]);
  });

  it('names a README whose markers are gone', async () => {
    const stale = await staleTables(
      repoRoot,
      readEdited('README.md', (text) => text.replace(/<!-- bench:end -->/, '')),
    );
    expect(stale).toEqual([expect.stringMatching(/^README\.md: the benchmark table: .*needs the markers/)]);
  });
});
