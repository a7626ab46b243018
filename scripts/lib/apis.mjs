// The APIs declared in redocly.yaml: the one place that names each vendor's spec and outputs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @returns {Promise<Array<{ name: string, root: string, specPath: string, outputPath: string }>>}
 */
export async function loadApis(configPath) {
  configPath ??= path.join(repoRoot, 'redocly.yaml');
  const config = parse(await readFile(configPath, 'utf8'));
  const base = path.dirname(configPath);
  return Object.entries(config.apis ?? {}).map(([name, api]) => ({
    name,
    root: api.root,
    specPath: path.resolve(base, api.root),
    outputPath: path.resolve(base, api['x-openapi-ts'].output),
  }));
}
