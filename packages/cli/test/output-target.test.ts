import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExitCode, exitCodeFor, OutputError } from '../src/errors.js';
import { writeOutput } from '../src/output-target.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgdir-output-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const mode = async (path: string) => (await stat(path)).mode & 0o7777;

describe('writeOutput: modes and links', () => {
  it('creates a new file 0600, whatever the umask allows', async () => {
    const file = join(dir, 'users.csv');
    await writeOutput(file, 'a\r\n');
    expect(await readFile(file, 'utf8')).toBe('a\r\n');
    expect(await mode(file)).toBe(0o600);
  });

  it.each([0o600, 0o640, 0o644, 0o664])('an existing file keeps its mode %o', async (existing) => {
    const file = join(dir, 'users.json');
    await writeFile(file, 'old');
    await chmod(file, existing);
    await writeOutput(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await mode(file)).toBe(existing);
    expect(await readdir(dir)).toEqual(['users.json']);
  });

  it('writes through a symlink to its target: the link stays a link, the target keeps its mode', async () => {
    await mkdir(join(dir, 'real'));
    const target = join(dir, 'real', 'users.csv');
    await writeFile(target, 'old', { mode: 0o600 });
    const link = join(dir, 'latest.csv');
    await symlink(join('real', 'users.csv'), link);
    await writeOutput(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(join('real', 'users.csv'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await mode(target)).toBe(0o600);
    expect(await readdir(join(dir, 'real'))).toEqual(['users.csv']);
  });

  it('a dangling symlink creates its target (0600) and stays a link', async () => {
    const link = join(dir, 'latest.csv');
    await symlink('made.csv', link);
    await writeOutput(link, 'x');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'made.csv'), 'utf8')).toBe('x');
    expect(await mode(join(dir, 'made.csv'))).toBe(0o600);
  });

  it('writes a FIFO directly instead of renaming a plain file over it', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const read = new Promise<string>((resolve, reject) => {
      createReadStream(fifo)
        .on('data', (c) => chunks.push(c as Buffer))
        .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        .on('error', reject);
    });
    await writeOutput(fifo, 'through the pipe\n');
    expect(await read).toBe('through the pipe\n');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['pipe']);
  });
});

describe('writeOutput: failures', () => {
  it.each([
    ['a missing directory', (d: string) => join(d, 'nope', 'out.csv'), /\(ENOENT\)$/],
    ['a directory', (d: string) => d, /is a directory \(EISDIR\)$/],
    ['a path under a file', (d: string) => join(d, 'file', 'out.csv'), /\(ENOTDIR\)$/],
  ])('%s: an OutputError naming the path asked for (never the temp file), exit 4', async (_name, path, reason) => {
    await writeFile(join(dir, 'file'), 'x');
    const requested = path(dir);
    const error = await writeOutput(requested, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot write ${requested}: `));
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('.tmp');
    expect(exitCodeFor(error)).toBe(ExitCode.output);
    expect(ExitCode.output).toBe(4);
  });
});
