import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupForHosts } from '../src/internal/host-groups.js';
import { useTempDir } from './support/temp-specs.js';

describe('groupForHosts', () => {
  const tempDir = useTempDir('orgdir-mock-groups-');
  const spec = (name: string) => ({ specPath: path.join(tempDir(), `${name}.yaml`) });
  beforeAll(async () => {
    const dir = tempDir();
    await writeFile(path.join(dir, 'plain-a.yaml'), 'openapi: 3.1.0\npaths: {}\n');
    await writeFile(path.join(dir, 'plain-b.yaml'), 'openapi: 3.1.0\npaths: {}\n');
    await writeFile(path.join(dir, 'faker-a.yaml'), 'openapi: 3.1.0\nx-json-schema-faker:\n  locale: de\n');
    await writeFile(path.join(dir, 'faker-b.yaml'), 'openapi: 3.1.0\nx-json-schema-faker:\n  locale: de\n');
  });

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
