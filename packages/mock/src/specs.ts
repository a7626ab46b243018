import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VENDOR_IDS, type VendorId } from '@orgdir/types';
import { parse } from 'yaml';

/** A vendor whose spec is declared in `redocly.yaml` (the `apis:` key). */
export type Vendor = VendorId;

/** Every vendor orgdir mocks, in the order the CLI prints them. */
export const VENDORS: readonly Vendor[] = VENDOR_IDS;

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Walks up from `from` to the first directory holding `redocly.yaml`; returns that file's path. */
export async function findRedoclyConfig(from: string = packageDir): Promise<string> {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'redocly.yaml');
    try {
      await access(candidate);
      return candidate;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`@orgdir/mock: no redocly.yaml found in ${from} or any parent directory`);
      dir = parent;
    }
  }
}

/**
 * The spec path of each vendor, as absolute paths: from `redocly.yaml` (`apis.<vendor>.root`) in
 * the repository, or, in an installed package, the copies `prepack` put in its own `specs/`.
 */
export async function loadSpecPaths(configPath?: string): Promise<Record<Vendor, string>> {
  if (!configPath) {
    const shipped = await shippedSpecPaths();
    if (shipped) return shipped;
  }
  const file = configPath ?? (await findRedoclyConfig());
  const config = parse(await readFile(file, 'utf8')) as { apis?: Record<string, { root?: unknown }> } | null;
  const apis = config?.apis ?? {};
  const entries = VENDORS.map((vendor) => {
    const root = apis[vendor]?.root;
    if (typeof root !== 'string') throw new Error(`@orgdir/mock: ${file} declares no apis.${vendor}.root`);
    return [vendor, path.resolve(path.dirname(file), root)] as const;
  });
  return Object.fromEntries(entries) as Record<Vendor, string>;
}

/** The specs packed with an installed copy of this package, or undefined in the repository. */
async function shippedSpecPaths(): Promise<Record<Vendor, string> | undefined> {
  const paths = Object.fromEntries(VENDORS.map((vendor) => [vendor, path.join(packageDir, 'specs', `${vendor}.yaml`)]));
  try {
    await Promise.all(Object.values(paths).map((file) => access(file)));
  } catch {
    return undefined;
  }
  return paths as Record<Vendor, string>;
}
