// The drift check's spec mutations (scripts/lib/spec-mutations.mjs) are real vendor changes: the
// classifier must judge each contract mutation breaking, and the description-only edit harmless.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadApis } from '../../lib/apis.mjs';
import { MUTATIONS } from '../../lib/spec-mutations.mjs';
import { classify } from '../classify.mjs';
import { dereference } from '../load.mjs';

/** @import { OpenAPI3 } from 'openapi-typescript' */

const apis = await loadApis();

describe('spec:diff on the drift mutations', () => {
  let dir = '';
  /** Dereferenced documents by file stem: `<api>` as committed, `<mutation>--<api>` mutated. */
  /** @type {Map<string, OpenAPI3>} */
  const docs = new Map();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spec-diff-mutations-'));
    /** @type {string[]} */
    const stems = [];
    for (const api of apis) {
      // The specs are single files (internal `$ref`s only), so each can be written under any name.
      const text = await readFile(api.specPath, 'utf8');
      stems.push(api.name);
      await writeFile(path.join(dir, `${api.name}.yaml`), text);
      for (const mutation of MUTATIONS.filter((m) => m.vendor === 'all' || m.vendor === api.name)) {
        const doc = parse(text);
        mutation.apply(doc);
        stems.push(`${mutation.id}--${api.name}`);
        await writeFile(path.join(dir, `${mutation.id}--${api.name}.yaml`), stringify(doc, { lineWidth: 0 }));
      }
    }
    // One Redocly run for every file: each run costs about half a second of start-up.
    const parsed = await dereference(
      stems.map((stem) => path.join(dir, `${stem}.yaml`)),
      dir,
    );
    for (const [i, stem] of stems.entries()) docs.set(stem, parsed[i]);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The verdicts of one mutation over the specs it edits. @param {import('../../lib/spec-mutations.mjs').Mutation} mutation */
  const verdicts = (mutation) =>
    apis
      .filter((api) => mutation.vendor === 'all' || mutation.vendor === api.name)
      .flatMap((api) => classify(docs.get(api.name), docs.get(`${mutation.id}--${api.name}`)))
      .map((change) => change.verdict);

  it.each(MUTATIONS.filter((m) => m.contract).map((m) => [m.id, m]))('%s is breaking', (_id, mutation) => {
    expect(verdicts(mutation)).toContain('breaking');
  });

  it.each(MUTATIONS.filter((m) => !m.contract).map((m) => [m.id, m]))(
    '%s is neither breaking nor for review',
    (_id, mutation) => {
      const found = verdicts(mutation);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((verdict) => verdict !== 'non-breaking')).toEqual([]);
    },
  );
});
