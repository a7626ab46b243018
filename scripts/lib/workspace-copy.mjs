// A throwaway copy of the repository for experiments (`pnpm test:drift`): the files git knows
// (tracked or not ignored), with node_modules linked rather than copied. Each package gets its own
// node_modules directory whose entries point at the original install, except the workspace
// packages (@orgdir/*), which point at the copies, so the copy never reads the original sources.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readdir, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Lists the files git would commit from `root`: tracked, plus untracked ones not ignored. @param {string} root */
export function repositoryFiles(root) {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  return [...new Set(out.toString('utf8').split('\0').filter(Boolean))].filter((file) =>
    existsSync(path.join(root, file)),
  );
}

/**
 * Copies `root` into a new temp directory; returns its path. Remove it with {@link removeCopy}.
 * @param {string} root @param {string} [prefix]
 */
export async function copyWorkspace(root, prefix = 'orgdir-copy-') {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  for (const file of repositoryFiles(root)) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await cp(path.join(root, file), target, { verbatimSymlinks: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const packagesDir = path.join(root, 'packages');
  for (const name of await readdir(packagesDir)) {
    const modules = path.join(packagesDir, name, 'node_modules');
    if (existsSync(modules)) await linkModules(root, dir, modules, path.join(dir, 'packages', name, 'node_modules'));
  }
  return dir;
}

/**
 * Mirrors the node_modules folder `from` (of the original `root`) as `to` inside the copy `dir`.
 * @param {string} root @param {string} dir @param {string} from @param {string} to
 * @returns {Promise<void>}
 */
async function linkModules(root, dir, from, to) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === '.bin' || entry.startsWith('.')) continue;
    const source = path.join(from, entry);
    if (entry.startsWith('@') && !(await lstat(source)).isSymbolicLink()) {
      await linkModules(root, dir, source, path.join(to, entry));
      continue;
    }
    const real = await realpath(source).catch(() => null);
    if (real === null) continue;
    // A workspace package (its real path is inside the repo, outside node_modules): use the copy's.
    const inside = path.relative(root, real);
    const workspace = !inside.startsWith('..') && !inside.split(path.sep).includes('node_modules');
    await symlink(workspace ? path.join(dir, inside) : real, path.join(to, entry), 'dir');
  }
}

/** Removes a copy made by {@link copyWorkspace}. @param {string} dir */
export async function removeCopy(dir) {
  await rm(dir, { recursive: true, force: true });
}
