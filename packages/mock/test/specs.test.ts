import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRedoclyConfig, loadSpecPaths, VENDORS } from '../src/specs.js';
import { useTempDir } from './support/temp-specs.js';

describe('findRedoclyConfig', () => {
  it('walks up from the package to the repository root', async () => {
    const found = await findRedoclyConfig();
    expect(found).toBe(path.resolve(import.meta.dirname, '../../../redocly.yaml'));
  });

  it('names the start directory when there is no redocly.yaml above it', async () => {
    await expect(findRedoclyConfig('/')).rejects.toThrow(/no redocly\.yaml found in \//);
  });
});

describe('loadSpecPaths', () => {
  const tempDir = useTempDir('orgdir-mock-specs-');
  beforeAll(() => mkdir(path.join(tempDir(), 'nested')));

  it('resolves every vendor root relative to the config file', async () => {
    const config = path.join(tempDir(), 'nested', 'redocly.yaml');
    await writeFile(config, `apis:\n${VENDORS.map((v) => `  ${v}:\n    root: ../specs/${v}.yaml\n`).join('')}`);
    expect(await loadSpecPaths(config)).toEqual({
      telnyx: path.join(tempDir(), 'specs', 'telnyx.yaml'),
      flashback: path.join(tempDir(), 'specs', 'flashback.yaml'),
      openai: path.join(tempDir(), 'specs', 'openai.yaml'),
    });
  });

  it('names the vendor a config leaves out', async () => {
    const config = path.join(tempDir(), 'partial.yaml');
    await writeFile(config, 'apis:\n  telnyx:\n    root: specs/telnyx.yaml\n');
    await expect(loadSpecPaths(config)).rejects.toThrow(/declares no apis\.flashback\.root/);
  });
});
