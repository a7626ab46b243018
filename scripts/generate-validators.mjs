#!/usr/bin/env node
// @ts-check
// Generates packages/types/src/generated/validators/<vendor>.ts from every API declared in redocly.yaml:
// Ajv standalone code (JSON Schema 2020-12, as OpenAPI 3.1 uses) for every documented response body of
// every operation, each response's documented property names (for the undocumented-property walk) and
// the CSV columns of text/csv answers. Everything is compiled here: nothing is compiled or parsed at
// run time. Usage: node scripts/generate-validators.mjs [--out-dir DIR] [--config redocly.yaml]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsPlugin from 'ajv-formats';
import { parse } from 'yaml';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { isEntryPoint } from './lib/cli-io.mjs';

// Both are CommonJS: their default import is the function itself, typed as the whole module.
const addFormats = /** @type {(ajv: Ajv2020) => void} */ (/** @type {unknown} */ (addFormatsPlugin));
const standaloneCode = /** @type {typeof standaloneModule.default} */ (/** @type {unknown} */ (standaloneModule));

/** @typedef {Record<string, any>} Node */
/** @typedef {{ t?: string, p?: Array<[string, Shape]>, i?: Shape, o?: true }} Shape */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ID = 'https://orgdir.invalid/specs/';

/** Escapes one JSON-pointer segment (RFC 6901). */
function escapePointer(/** @type {string} */ segment) {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Where each generated validator module goes: `validators/<name>.ts` next to the generated types. */
export function validatorPath(
  /** @type {{ name: string, outputPath: string }} */ api,
  /** @type {string | undefined} */ outDir,
) {
  return path.join(outDir ?? path.dirname(api.outputPath), 'validators', `${api.name}.ts`);
}

/** A tiny view of a parsed spec: pointer lookups and `$ref` following. */
function specView(/** @type {Node} */ doc, /** @type {string} */ file) {
  /** @param {string} pointer */
  const at = (pointer) => {
    /** @type {any} */
    let node = doc;
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      node = node !== null && typeof node === 'object' ? node[key] : undefined;
    }
    return node;
  };
  /** @param {string} pointer @returns {{ node: Node, pointer: string }} */
  const deref = (pointer) => {
    let current = pointer;
    for (let hops = 0; hops < 20; hops++) {
      const node = at(current);
      if (node === undefined) throw new Error(`${file}: nothing at ${current}`);
      if (typeof node.$ref !== 'string') return { node, pointer: current };
      if (!node.$ref.startsWith('#')) throw new Error(`${file}: external $ref ${node.$ref} is not supported`);
      current = decodeURIComponent(node.$ref.slice(1));
    }
    throw new Error(`${file}: $ref loop at ${pointer}`);
  };
  return { at, deref };
}

/**
 * The documented types of a schema, `|`-joined (`string|null`), or undefined when it names none.
 * @returns {string | undefined}
 */
function typesOf(/** @type {Node} */ schema, /** @type {ReturnType<typeof specView>} */ view, depth = 0) {
  if (depth > 20) return undefined;
  const node = typeof schema.$ref === 'string' ? view.deref(decodeURIComponent(schema.$ref.slice(1))).node : schema;
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.type)) return node.type.join('|');
  if ('const' in node) return node.const === null ? 'null' : typeof node.const;
  /** @type {string[]} */
  const found = [];
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const branch of node[key] ?? []) {
      const t = typesOf(branch, view, depth + 1);
      if (t) found.push(...t.split('|'));
      if (t && key === 'allOf') return t;
    }
  }
  return found.length > 0 ? [...new Set(found)].join('|') : undefined;
}

/**
 * The documented property names at each location of a schema: `p` the properties (name → shape),
 * `i` the array items, `o` set when the schema documents extra properties itself (a map), `t` the
 * documented types. Composition (allOf/anyOf/oneOf) merges the branches' names.
 * @param {Node} schema @param {ReturnType<typeof specView>} view @param {string[]} stack
 * @returns {Shape}
 */
function shapeOf(schema, view, stack = []) {
  let node = schema;
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    if (stack.includes(ref)) throw new Error(`recursive schema ${ref}: the validator generator does not support it`);
    stack = [...stack, ref];
    node = view.deref(decodeURIComponent(ref.slice(1))).node;
  }
  /** @type {Shape} */
  const shape = {};
  const t = typesOf(node, view);
  if (t) shape.t = t;
  /** @type {Map<string, Shape>} */
  const props = new Map();
  /** @type {Shape | undefined} */
  let items;
  const merge = (/** @type {Shape} */ inner) => {
    for (const [name, s] of inner.p ?? []) if (!props.has(name)) props.set(name, s);
    if (inner.i) items = items ? mergeShapes(items, inner.i) : inner.i;
    if (inner.o) shape.o = true;
  };
  for (const [name, s] of Object.entries(node.properties ?? {}))
    props.set(name, shapeOf(/** @type {Node} */ (s), view, stack));
  if (node.items && typeof node.items === 'object') items = shapeOf(node.items, view, stack);
  if ((node.additionalProperties !== undefined && node.additionalProperties !== false) || node.patternProperties)
    shape.o = true;
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    for (const branch of node[key] ?? []) merge(shapeOf(branch, view, stack));
  if (props.size > 0) shape.p = [...props];
  if (items) shape.i = items;
  return shape;
}

function mergeShapes(/** @type {Shape} */ a, /** @type {Shape} */ b) {
  /** @type {Map<string, Shape>} */
  const props = new Map(a.p ?? []);
  for (const [name, s] of b.p ?? []) if (!props.has(name)) props.set(name, s);
  /** @type {Shape} */
  const merged = { ...a };
  if (props.size > 0) merged.p = [...props];
  if (b.o) merged.o = true;
  if (b.i) merged.i = a.i ? mergeShapes(a.i, b.i) : b.i;
  return merged;
}

/** The CSV columns of a text/csv answer: the header row of its example (media type's, else schema's). */
function csvColumns(/** @type {Node} */ media, /** @type {Node | undefined} */ schema, /** @type {string} */ where) {
  const example = media.example ?? Object.values(media.examples ?? {})[0]?.value ?? schema?.example;
  if (typeof example !== 'string' || example.trim() === '')
    throw new Error(`${where}: a text/csv answer needs an example whose first line is the header row`);
  const header = example.split(/\r?\n/, 1)[0] ?? '';
  return header.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/** Renders one spec to the text of its generated validator module. */
export async function renderValidators(/** @type {{ name: string, root: string, specPath: string }} */ api) {
  const doc = /** @type {Node} */ (parse(await readFile(api.specPath, 'utf8')));
  const view = specView(doc, api.root);
  const key = `${ID}${api.name}.yaml`;
  // `formats` is the object the module defines below: ajv-formats' full formats plus `unixtime`.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    code: { source: true, esm: true, lines: true, formats: _`formats` },
  });
  addFormats(ajv);
  // Unix-second timestamps (format `unixtime`): an integer is all the format promises (as the contract tests' validator).
  ajv.addFormat('unixtime', { type: 'number', validate: (/** @type {number} */ n) => Number.isInteger(n) });
  ajv.addSchema(doc, key);

  /** @type {Record<string, string>} */
  const exportsByName = {};
  const operations = [];
  let counter = 0;
  for (const [template, item] of Object.entries(/** @type {Record<string, Node>} */ (doc.paths ?? {}))) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const opPointer = `/paths/${escapePointer(template)}/${method}`;
      const responses = [];
      for (const status of Object.keys(operation.responses ?? {})) {
        const { node: response, pointer } = view.deref(`${opPointer}/responses/${escapePointer(status)}`);
        const media = [];
        for (const [mediaType, content] of Object.entries(
          /** @type {Record<string, Node>} */ (response.content ?? {}),
        )) {
          const mediaPointer = `${pointer}/content/${escapePointer(mediaType)}`;
          const schemaNode = content.schema === undefined ? undefined : view.deref(`${mediaPointer}/schema`).node;
          /** @type {{ mediaType: string, validate?: string, shape?: Shape, columns?: string[] }} */
          const entry = { mediaType: mediaType.toLowerCase() };
          if (/^text\/csv\b/i.test(mediaType)) {
            entry.columns = csvColumns(
              content,
              schemaNode,
              `${api.root} ${operation.operationId} ${status} ${mediaType}`,
            );
          } else if (content.schema !== undefined) {
            const name = `v${counter++}`;
            exportsByName[name] = `${key}#${`${mediaPointer}/schema`.split('/').map(encodeURIComponent).join('/')}`;
            entry.validate = name;
            entry.shape = shapeOf(content.schema, view);
          }
          media.push(entry);
        }
        responses.push({ status, media });
      }
      operations.push({
        operationId: String(operation.operationId),
        method: method.toUpperCase(),
        path: template,
        responses,
      });
    }
  }

  // One standalone function per validator, each in its own scope: Ajv's multi-export code can
  // declare a shared function twice, so shared sub-schemas are emitted once per validator instead.
  /** @type {Map<string, string>} */
  const imports = new Map();
  const blocks = Object.entries(exportsByName).map(([name, id]) => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`${api.root}: no schema at ${id}`);
    let code = standaloneCode(ajv, validate);
    const exported = /export default (\w+);/.exec(code)?.[1];
    if (!exported) throw new Error(`${api.root}: unexpected standalone code for ${id}`);
    // The standalone code `require`s Ajv's runtime helpers: turn them into ESM imports (dependencies of @orgdir/types).
    code = code.replace(/require\("([^"]+)"\)/g, (_match, /** @type {string} */ specifier) => {
      const file = specifier.endsWith('.js') ? specifier : `${specifier}.js`;
      let local = imports.get(file);
      if (!local) {
        local = `runtime${imports.size}`;
        imports.set(file, local);
      }
      return local;
    });
    code = code
      .replace(/^"use strict";/, '')
      .replace(/export const validate = \w+;/, '')
      .replace(/export default \w+;/, '')
      .trim();
    return `const ${name} = (() => {\n${code}\nreturn ${exported};\n})();`;
  });
  const code = blocks.join('\n\n');

  const lines = [
    '// @ts-nocheck',
    '/**',
    ` * Generated from ${api.root} by \`pnpm generate\` (Ajv standalone code, JSON Schema 2020-12). Do not edit:`,
    ' * change the spec and regenerate.',
    ' */',
    "import ajvFormats from 'ajv-formats/dist/formats.js';",
    ...[...imports].map(([file, local]) => `import ${local} from '${file}';`),
    "import type { VendorValidators } from '../../validation.js';",
    '',
    "// The formats of the contract tests: ajv-formats' full formats, and `unixtime` as an integer.",
    "const formats = { ...ajvFormats.fullFormats, unixtime: { type: 'number', validate: (n) => Number.isInteger(n) } };",
    '',
    code.trim(),
    '',
    `/** Validators of every documented response of ${api.root}, by operationId, status and media type. */`,
    'export const validators: VendorValidators = {',
    `  vendor: ${JSON.stringify(api.name)},`,
    `  spec: ${JSON.stringify(api.root)},`,
    '  operations: {',
  ];
  for (const op of operations) {
    lines.push(`    ${JSON.stringify(op.operationId)}: {`);
    lines.push(`      method: ${JSON.stringify(op.method)},`);
    lines.push(`      path: ${JSON.stringify(op.path)},`);
    lines.push('      responses: {');
    for (const r of op.responses) {
      lines.push(`        ${JSON.stringify(r.status)}: {`);
      for (const m of r.media) {
        const fields = [];
        if (m.validate) fields.push(`validate: ${m.validate}`);
        if (m.shape) fields.push(`shape: ${JSON.stringify(m.shape)}`);
        if (m.columns) fields.push(`columns: ${JSON.stringify(m.columns)}`);
        lines.push(`          ${JSON.stringify(m.mediaType)}: { ${fields.join(', ')} },`);
      }
      lines.push('        },');
    }
    lines.push('      },');
    lines.push('    },');
  }
  lines.push('  },', '};', '');
  return lines.join('\n');
}

/**
 * Writes every API's validator module into outDir/validators (or next to the configured type outputs).
 * @param {{ outDir?: string | undefined, config?: string | undefined }} [options]
 */
export async function generateAllValidators({ outDir, config } = {}) {
  const written = [];
  for (const api of await loadApis(config)) {
    const target = validatorPath(api, outDir);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await renderValidators(api));
    written.push({ api, target, committed: validatorPath(api, undefined) });
  }
  return written;
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, config: { type: 'string' } } });
  const written = await generateAllValidators({
    outDir: values['out-dir'],
    config: values.config ? path.resolve(values.config) : undefined,
  });
  for (const { api, target } of written) console.log(`${api.root} -> ${path.relative(repoRoot, target)}`);
}
