import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onInterrupt } from './lifecycle.js';

/**
 * Writes `data` to `path` atomically: into a temp file in the same directory (same filesystem, so
 * the rename is atomic), flushed to disk, then renamed over `path`. On any failure, or if the
 * process is interrupted meanwhile, the temp file is removed and `path` is left as it was. The file
 * gets `mode` exactly (default 0600: exports hold emails), whatever the umask.
 */
export async function writeFileAtomic(path: string, data: string, options: { mode?: number } = {}): Promise<void> {
  const mode = options.mode ?? 0o600;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const removeTemp = () => unlink(temp).catch(() => undefined);
  const unregister = onInterrupt(removeTemp);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.chmod(mode);
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await removeTemp();
    throw error;
  } finally {
    unregister();
  }
}
