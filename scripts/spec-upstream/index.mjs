#!/usr/bin/env node
// `pnpm spec:upstream <vendor> [file-or-url]`: compares our spec of a vendor with the vendor's own
// published OpenAPI document (from upstream.yaml, or the file or URL given), restricted to the
// operations we model, with the spec:diff classifier. Prints a Markdown report and exits 1 when our
// spec is behind in a way that breaks a client built from it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { loadApis, repoRoot } from '../lib/apis.mjs';
import { lineWriters, runIfEntryPoint } from '../lib/cli-io.mjs';
import { classify } from '../spec-diff/classify.mjs';
import { loadUpstreamConfig } from './config.mjs';
import { renderUpstreamReport, sortChanges } from './report.mjs';
import { DocumentError, dereferenceLocal, nullableAsType, restrictedView, spelledOut } from './view.mjs';

/**
 * @import { OpenAPI3 } from 'openapi-typescript'
 * @import { UpstreamResult } from './report.mjs'
 */

const usage = `Usage: pnpm spec:upstream <vendor> [file-or-url]

Compares specs/<vendor>.yaml with the vendor's published OpenAPI document, restricted to the
operations we model (matched by method and path), and reports what the vendor documents and we
lack: enum values, required fields, removed or renamed properties, parameters, types, status codes.
The document's URL comes from upstream.yaml unless a file or an http(s) URL is given.

Exit codes: 0 our spec is not behind in a way that breaks the client (or the vendor publishes no
document), 1 it is, 2 usage error or a document that cannot be read.`;

/** An error caused by the invocation rather than by the documents. */
export class UsageError extends Error {}

/** Largest upstream document read, in bytes (the vendors' whole documents are a few MB). */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads a document from a file or an http(s) URL and parses it as YAML (which JSON is too).
 * @param {string} source
 * @param {{ cwd: string, fetch?: typeof fetch }} options
 * @returns {Promise<unknown>}
 */
export async function readDocument(source, { cwd, fetch: fetchFn = globalThis.fetch }) {
  let text;
  if (/^https?:\/\//i.test(source)) {
    const response = await fetchFn(source, { redirect: 'follow', signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new DocumentError(`GET ${source} answered ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(path.resolve(cwd, source), 'utf8').catch((/** @type {NodeJS.ErrnoException} */ error) => {
      throw new DocumentError(`cannot read ${source}: ${error.code ?? error.message}`);
    });
  }
  if (text.length > MAX_BYTES) throw new DocumentError(`${source} is larger than ${MAX_BYTES} bytes`);
  let doc;
  try {
    doc = parse(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new DocumentError(`${source} is not YAML or JSON: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
  }
  if (doc === null || typeof doc !== 'object' || !('paths' in doc) || !/^3\./.test(String(doc.openapi ?? ''))) {
    throw new DocumentError(`${source} is not an OpenAPI 3 document (no openapi: 3.x and paths)`);
  }
  return doc;
}

/**
 * Compares our spec of `vendor` with the vendor's document.
 * @param {{ vendor: string, source?: string | undefined, root?: string, cwd?: string, fetch?: typeof fetch }} options
 * @returns {Promise<UpstreamResult>}
 */
export async function specUpstream({ vendor, source, root = repoRoot, cwd = process.cwd(), fetch: fetchFn }) {
  const apis = await loadApis(path.join(root, 'redocly.yaml'));
  const api = apis.find((a) => a.name === vendor);
  if (!api)
    throw new UsageError(`unknown vendor ${JSON.stringify(vendor)} (expected ${apis.map((a) => a.name).join(', ')})`);
  const config = await loadUpstreamConfig(
    path.join(root, 'upstream.yaml'),
    apis.map((a) => a.name),
  );
  const entry = config[vendor];
  if (!entry) throw new UsageError(`upstream.yaml has no entry for ${vendor}`);
  const from = source ?? entry.url;
  if (from === undefined) return { vendor, skipped: entry.none ?? 'no published OpenAPI document', changes: [] };

  const ours = /** @type {OpenAPI3} */ (dereferenceLocal(parse(await readFile(api.specPath, 'utf8'))));
  const theirsRaw = await readDocument(from, { cwd, ...(fetchFn ? { fetch: fetchFn } : {}) });
  const theirs = /** @type {OpenAPI3} */ (dereferenceLocal(theirsRaw));
  nullableAsType(theirs);
  spelledOut(ours);
  spelledOut(theirs);
  const changes = sortChanges(classify(restrictedView(ours, ours), restrictedView(theirs, ours)), entry.accepted);
  return { vendor, source: from, spec: api.root, changes };
}

/**
 * The CLI: parses `argv` (without the node and script paths), writes the report, returns the exit code.
 * @param {string[]} argv @param {import('../lib/cli-io.mjs').CliIo} io
 * @returns {Promise<number>}
 */
export async function run(argv, io) {
  const { out, err } = lineWriters(io);
  /** @type {{ values: { help?: boolean | undefined }, positionals: string[] }} */
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    err(`${/** @type {Error} */ (error).message}\n\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    out(usage);
    return 0;
  }
  const [vendor, source, ...extra] = args.positionals;
  if (!vendor || extra.length > 0) {
    err(`${vendor ? 'too many arguments' : 'missing <vendor>'}\n\n${usage}`);
    return 2;
  }
  try {
    const result = await specUpstream({ vendor, source, cwd: io.cwd });
    out(renderUpstreamReport(result));
    if (result.skipped !== undefined) return 0;
    if (result.changes.some((c) => c.matters)) {
      err(`spec:upstream: specs/${vendor}.yaml is behind the vendor's document in ways that break the client.`);
      return 1;
    }
    return 0;
  } catch (error) {
    err(`spec:upstream: ${/** @type {Error} */ (error).message}`);
    return 2;
  }
}

await runIfEntryPoint(import.meta.url, run);
