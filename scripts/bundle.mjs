#!/usr/bin/env node
// `pnpm bundle [--out <dir>]`: for each API in redocly.yaml, a single-file spec in
// <dir>/specs/<vendor>.yaml and .json, and a self-contained reference page in <dir>/docs/<vendor>.html.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { parse } from 'yaml';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { isEntryPoint } from './lib/cli-io.mjs';
import { redoclyBin, withoutBanner } from './lib/redocly.mjs';

const run = promisify(execFile);
// Telemetry off: no usage report from the CLI, and the pages are built with Redoc's telemetry disabled.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off' };

/**
 * Bundles every API of redocly.yaml and builds its reference page; returns the files written.
 * @param {{ out: string, configPath?: string }} options
 * @returns {Promise<Array<{ name: string, yaml: string, json: string, html: string }>>}
 */
export async function bundle({ out, configPath = path.join(repoRoot, 'redocly.yaml') }) {
  const apis = await loadApis(configPath);
  const cwd = path.dirname(configPath);
  await mkdir(path.join(out, 'specs'), { recursive: true });
  await mkdir(path.join(out, 'docs'), { recursive: true });

  const files = apis.map(({ name }) => ({
    name,
    yaml: path.join(out, 'specs', `${name}.yaml`),
    json: path.join(out, 'specs', `${name}.json`),
    html: path.join(out, 'docs', `${name}.html`),
  }));
  await bundleSpecs(apis, files, cwd);
  // The JSON is the same bundle re-serialized: one Redocly run fewer per API.
  for (const f of files) await writeFile(f.json, `${JSON.stringify(parse(await readFile(f.yaml, 'utf8')), null, 2)}\n`);

  // The pages, two at a time: each run is a Node process and CI machines have few cores.
  for (let i = 0; i < files.length; i += 2) {
    await Promise.all(
      files.slice(i, i + 2).map(async ({ name, html }) => {
        // --inlineBundle embeds Redoc in the page, so it renders without the Redocly CDN.
        await rm(html, { force: true });
        await redoclyRun(['build-docs', name, '--inlineBundle', '-o', html], cwd);
      }),
    );
  }
  return files;
}

/**
 * Writes each API's single-file spec to its `yaml` path. One Redocly run bundles them all (each run
 * costs about a second of start-up) when their file names differ: Redocly names each output after
 * its input file; otherwise one run per API.
 * @param {Array<{ name: string, specPath: string }>} apis @param {Array<{ yaml: string }>} files
 * @param {string} cwd
 */
async function bundleSpecs(apis, files, cwd) {
  const stems = apis.map((api) => path.basename(api.specPath, path.extname(api.specPath)));
  if (apis.length < 2 || new Set(stems).size !== stems.length) {
    for (const [i, api] of apis.entries()) await redoclyRun(['bundle', api.name, '-o', files[i]?.yaml ?? ''], cwd);
    return;
  }
  // Next to the outputs, so that the files move by a rename on the same file system.
  const folder = await mkdtemp(path.join(path.dirname(files[0]?.yaml ?? ''), '.bundle-'));
  try {
    await redoclyRun(['bundle', ...apis.map((api) => api.name), '--ext', 'yaml', '-o', folder], cwd);
    for (const [i, stem] of stems.entries()) await rename(path.join(folder, `${stem}.yaml`), files[i]?.yaml ?? '');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** @param {string[]} args @param {string} cwd */
async function redoclyRun(args, cwd) {
  try {
    await run(redoclyBin, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const err = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`redocly ${args.join(' ')} failed:\n${withoutBanner(`${err.stdout ?? ''}${err.stderr ?? ''}`)}`);
  }
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(repoRoot, 'dist') } } });
  const out = path.resolve(/** @type {string} */ (values.out));
  const files = await bundle({ out });
  for (const f of files) {
    console.log(
      `${f.name}: ${path.relative(process.cwd(), f.yaml)}, ${path.relative(process.cwd(), f.json)}, ${path.relative(process.cwd(), f.html)}`,
    );
  }
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error) => {
    console.error(`bundle: ${error.message}`);
    process.exitCode = 1;
  });
}
