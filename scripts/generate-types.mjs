#!/usr/bin/env node
// Generates packages/types/src/generated/<vendor>.ts from every API declared in redocly.yaml.
// Usage: node scripts/generate-types.mjs [--out-dir DIR] [--config redocly.yaml]
// Without --out-dir each module goes where redocly.yaml's `x-openapi-ts.output` says.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { isEntryPoint } from './lib/cli-io.mjs';

/** Renders one spec to the text of its generated module. @param {import('./lib/apis.mjs').Api} api */
export async function renderTypes(api) {
  // Required-ness comes from `required` lists alone: a `default` must not make a response field required.
  const ast = await openapiTS(pathToFileURL(api.specPath), { silent: true, defaultNonNullable: false });
  const header = [
    '/**',
    ` * Generated from ${api.root} by \`pnpm generate\` (openapi-typescript). Do not edit:`,
    ' * change the spec and regenerate.',
    ' */',
    '',
    '',
  ].join('\n');
  return header + astToString(ast);
}

/**
 * Writes every API's generated module into outDir (or the configured outputs).
 * @param {{ outDir?: string | undefined, config?: string | undefined }} [options]
 */
export async function generateAll({ outDir, config } = {}) {
  const written = [];
  for (const api of await loadApis(config)) {
    const target = outDir ? path.join(outDir, path.basename(api.outputPath)) : api.outputPath;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await renderTypes(api));
    written.push({ api, target });
  }
  return written;
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, config: { type: 'string' } } });
  const written = await generateAll({
    outDir: values['out-dir'],
    config: values.config ? path.resolve(values.config) : undefined,
  });
  for (const { api, target } of written) {
    console.log(`${api.root} -> ${path.relative(repoRoot, target)}`);
  }
}
