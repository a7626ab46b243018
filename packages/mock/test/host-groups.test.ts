import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupForHosts } from '../src/internal/host-groups.js';

describe('groupForHosts', () => {
  let dir: string;
  const spec = (name: string) => ({ specPath: path.join(dir, `${name}.yaml`) });
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orgdir-mock-groups-'));
    await writeFile(path.join(dir, 'plain-a.yaml'), 'openapi: 3.1.0\npaths: {}\n');
    await writeFile(path.join(dir, 'plain-b.yaml'), 'openapi: 3.1.0\npaths: {}\n');
    await writeFile(path.join(dir, 'faker-a.yaml'), 'openapi: 3.1.0\nx-json-schema-faker:\n  locale: de\n');
    await writeFile(path.join(dir, 'faker-b.yaml'), 'openapi: 3.1.0\nx-json-schema-faker:\n  locale: de\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    { specs: ['plain-a', 'plain-b'], groups: [['plain-a', 'plain-b']] },
    { specs: ['plain-a', 'faker-a', 'plain-b'], groups: [['plain-a', 'plain-b'], ['faker-a']] },
    { specs: ['faker-a', 'faker-b'], groups: [['faker-a'], ['faker-b']] },
    { specs: ['missing', 'plain-a'], groups: [['missing', 'plain-a']] },
    { specs: [], groups: [] },
  ])('$specs → $groups', async ({ specs, groups }) => {
    const result = await groupForHosts(specs.map(spec));
    expect(result).toEqual(groups.map((group) => group.map(spec)));
  });
});
