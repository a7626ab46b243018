// The APIs declared in redocly.yaml: the one place that names each vendor's spec and outputs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * One API of redocly.yaml: its name (the vendor), spec and generated module.
 * @typedef {object} Api
 * @property {string} name       the key under `apis:`
 * @property {string} root       the spec path as written in redocly.yaml
 * @property {string} specPath   the spec's absolute path
 * @property {string} outputPath the generated module's absolute path (`x-openapi-ts.output`)
 */

/**
 * The part of redocly.yaml the scripts read.
 * @typedef {{ apis?: Record<string, { root: string, 'x-openapi-ts': { output: string } }> }} RedoclyConfig
 */

/**
 * Lists the APIs declared in a Redocly config (by default the repository's).
 * @param {string} [configPath]
 * @returns {Promise<Api[]>}
 */
export async function loadApis(configPath = path.join(repoRoot, 'redocly.yaml')) {
  const config = /** @type {RedoclyConfig} */ (parse(await readFile(configPath, 'utf8')));
  const base = path.dirname(configPath);
  return Object.entries(config.apis ?? {}).map(([name, api]) => ({
    name,
    root: api.root,
    specPath: path.resolve(base, api.root),
    outputPath: path.resolve(base, api['x-openapi-ts'].output),
  }));
}
