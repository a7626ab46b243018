import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRedoclyConfig, loadSpecPaths, VENDORS } from '../src/specs.js';

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
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'orgdir-mock-specs-'));
    await mkdir(path.join(dir, 'nested'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('resolves every vendor root relative to the config file', async () => {
    const config = path.join(dir, 'nested', 'redocly.yaml');
    await writeFile(config, `apis:\n${VENDORS.map((v) => `  ${v}:\n    root: ../specs/${v}.yaml\n`).join('')}`);
    expect(await loadSpecPaths(config)).toEqual({
      telnyx: path.join(dir, 'specs', 'telnyx.yaml'),
      flashback: path.join(dir, 'specs', 'flashback.yaml'),
      openai: path.join(dir, 'specs', 'openai.yaml'),
    });
  });

  it('names the vendor a config leaves out', async () => {
    const config = path.join(dir, 'partial.yaml');
    await writeFile(config, 'apis:\n  telnyx:\n    root: specs/telnyx.yaml\n');
    await expect(loadSpecPaths(config)).rejects.toThrow(/declares no apis\.flashback\.root/);
  });
});
