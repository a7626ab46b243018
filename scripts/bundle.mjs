#!/usr/bin/env node
// `pnpm bundle [--out <dir>]`: for each API in redocly.yaml, a single-file spec in
// <dir>/specs/<vendor>.yaml and .json, and a self-contained reference page in <dir>/docs/<vendor>.html.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parse } from 'yaml';
import { loadApis, repoRoot } from './lib/apis.mjs';
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

  /** @param {(typeof apis)[number]} api */
  const one = async ({ name }) => {
    const files = {
      name,
      yaml: path.join(out, 'specs', `${name}.yaml`),
      json: path.join(out, 'specs', `${name}.json`),
      html: path.join(out, 'docs', `${name}.html`),
    };
    await redoclyRun(['bundle', name, '-o', files.yaml], cwd);
    // The JSON is the same bundle re-serialized: one Redocly run fewer per API.
    await writeFile(files.json, `${JSON.stringify(parse(await readFile(files.yaml, 'utf8')), null, 2)}\n`);
    // --inlineBundle embeds Redoc in the page, so it renders without the Redocly CDN.
    await rm(files.html, { force: true });
    await redoclyRun(['build-docs', name, '--inlineBundle', '-o', files.html], cwd);
    return files;
  };

  // Two at a time: each run is a Node process and CI machines have few cores.
  /** @type {Array<Awaited<ReturnType<typeof one>>>} */
  const results = [];
  for (let i = 0; i < apis.length; i += 2) {
    results.push(...(await Promise.all(apis.slice(i, i + 2).map(one))));
  }
  return results;
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`bundle: ${error.message}`);
    process.exitCode = 1;
  });
}
