import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgdir-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temp file', async () => {
    await writeFileAtomic(join(dir, 'out.csv'), 'a,b\r\n');
    expect(await readFile(join(dir, 'out.csv'), 'utf8')).toBe('a,b\r\n');
    expect(await readdir(dir)).toEqual(['out.csv']);
  });

  it('replaces an existing file whole', async () => {
    await writeFile(join(dir, 'out.json'), 'old');
    await writeFileAtomic(join(dir, 'out.json'), 'new');
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('fails without leaving a temp file when the target is a directory', async () => {
    await mkdir(join(dir, 'target'));
    await expect(writeFileAtomic(join(dir, 'target'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
  });

  it('fails when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.csv'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
