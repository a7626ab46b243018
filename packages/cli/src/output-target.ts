import { lstat, readlink, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { OutputError } from './errors.js';

/** `--output -` means standard output, as in most Unix tools. */
export const STDOUT_PATH = '-';

/**
 * Names of this process's standard output. Written through the stdout stream like `-`: opening
 * them again fails when stdout is a socket (as a spawning parent often makes it).
 */
const STDOUT_NAMES = new Set([STDOUT_PATH, '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** True when `--output` names standard output (`-`, `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`). */
export function isStdout(path: string): boolean {
  return STDOUT_NAMES.has(path);
}

/** Symbolic links followed when the last one dangles, as the kernel's own limit (ELOOP beyond). */
const MAX_LINKS = 40;

/** Where and how an `--output` path is written. */
type Target =
  /** A regular file (existing or new): atomically, through a temp file beside it, with `mode`. */
  | { kind: 'atomic'; path: string; mode: number }
  /** A device, FIFO or socket (`/dev/stdout`, a named pipe): opened and written in place. */
  | { kind: 'direct'; path: string };

/** Follows a chain of symbolic links whose end does not exist yet, to the path it will create. */
async function danglingLinkTarget(path: string): Promise<string | undefined> {
  let current = path;
  for (let i = 0; i < MAX_LINKS; i++) {
    const info = await lstat(current).catch(() => undefined);
    if (!info?.isSymbolicLink()) return i === 0 ? undefined : current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/**
 * Paths of the kernel's own files (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`): they stand for
 * an open descriptor, so they are written in place even when the descriptor is a regular file (a
 * rename would swap the file under the shell's redirection).
 */
function isKernelPath(path: string): boolean {
  return /^\/(dev|proc)\//.test(resolve(path));
}

/**
 * Decides how to write `path`: an existing regular file keeps its mode, and a symlink is written
 * through to the file it points at (the link stays a link); a new file is created 0600; anything
 * that is not a regular file is written directly, since renaming over it would replace the device
 * or pipe with a plain file.
 */
async function resolveTarget(path: string): Promise<Target> {
  // stat follows links, /proc's magic ones too: `/dev/stdout` on a pipe is a FIFO here, while
  // realpath would fail on it.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if ((info && !info.isFile()) || isKernelPath(path)) return { kind: 'direct', path };
  if (info) return { kind: 'atomic', path: await realpath(path), mode: info.mode & 0o7777 };
  return { kind: 'atomic', path: (await danglingLinkTarget(path)) ?? path, mode: 0o600 };
}

/** Why a write failed, in words, without the temp file's name. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such directory',
  ENOTDIR: 'a parent is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ELOOP: 'too many symbolic links',
  EXDEV: 'cannot rename across file systems',
  EBUSY: 'resource busy',
  EIO: 'input/output error',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code) return `${REASONS[code] ?? 'write failed'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `data` to the `--output` path `requested`: see {@link resolveTarget}. Any failure is an
 * {@link OutputError} naming `requested` (exit 4), and leaves an existing file as it was.
 */
export async function writeOutput(requested: string, data: string): Promise<void> {
  try {
    const target = await resolveTarget(requested);
    if (target.kind === 'direct') await writeFile(target.path, data, 'utf8');
    else await writeFileAtomic(target.path, data, { mode: target.mode });
  } catch (error) {
    throw new OutputError(`cannot write ${requested}: ${reason(error)}`, { cause: error });
  }
}
