// Builds the two documents `spec:upstream` hands to the spec-diff classifier: ours and the vendor's,
// each reduced to what a client of our operations depends on (servers, security, and the operations
// we model, matched by method and path template), with local `$ref`s resolved and the vendor's
// OpenAPI 3.0 `nullable` read as 3.1's `null` type.

/**
 * @import { OpenAPI3, PathItemObject } from 'openapi-typescript'
 */

const METHODS = /** @type {const} */ (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** An error in the documents given (not in the invocation). */
export class DocumentError extends Error {}

/**
 * A path template with parameter names erased, so `/groups/{id}` matches `/groups/{group_id}`.
 * @param {string} path
 */
export function templateKey(path) {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/**
 * Resolves every local `$ref` (`#/…`) of a document, sharing one object per target so cyclic schemas
 * stay finite. A `$ref` to another file or a missing target is a DocumentError naming it.
 * @param {unknown} doc
 * @returns {unknown}
 */
export function dereferenceLocal(doc) {
  /** @type {Map<string, unknown>} */
  const done = new Map();
  /** @type {Map<object, unknown>} */
  const copies = new Map();
  /** @param {string} ref */
  const target = (ref) => {
    if (!ref.startsWith('#/'))
      throw new DocumentError(`only local $refs can be resolved; found ${JSON.stringify(ref)}`);
    /** @type {unknown} */
    let at = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      at = at !== null && typeof at === 'object' ? /** @type {Record<string, unknown>} */ (at)[key] : undefined;
      if (at === undefined) throw new DocumentError(`$ref ${JSON.stringify(ref)} points at nothing`);
    }
    return at;
  };
  /** @param {unknown} value @returns {unknown} */
  const walk = (value) => {
    if (value === null || typeof value !== 'object') return value;
    const ref = /** @type {{ $ref?: unknown }} */ (value).$ref;
    if (typeof ref === 'string') {
      if (done.has(ref)) return done.get(ref);
      // Placeholder first: a schema that refers to itself gets the same object.
      const resolvedTarget = target(ref);
      /** @type {Record<string, unknown> | unknown[]} */
      const shell = Array.isArray(resolvedTarget) ? [] : {};
      done.set(ref, shell);
      Object.assign(shell, walk(resolvedTarget));
      return shell;
    }
    const seen = copies.get(value);
    if (seen) return seen;
    if (Array.isArray(value)) {
      /** @type {unknown[]} */
      const out = [];
      copies.set(value, out);
      for (const item of value) out.push(walk(item));
      return out;
    }
    /** @type {Record<string, unknown>} */
    const out = {};
    copies.set(value, out);
    for (const [key, inner] of Object.entries(value)) out[key] = walk(inner);
    return out;
  };
  return walk(doc);
}

/**
 * Rewrites OpenAPI 3.0 `nullable: true` as a `null` type (and a `null` enum value), in place, the way
 * our 3.1 specs say it; every object is visited once.
 * @param {unknown} value
 * @param {Set<object>} [seen]
 */
export function nullableAsType(value, seen = new Set()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) nullableAsType(item, seen);
    return;
  }
  const schema = /** @type {Record<string, unknown>} */ (value);
  if (schema.nullable === true) {
    delete schema.nullable;
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type = [...schema.type, 'null'];
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  } else if (schema.nullable === false) {
    delete schema.nullable;
  }
  for (const inner of Object.values(schema)) nullableAsType(inner, seen);
}

/** Keys that say nothing about values: the outer one wins when a `null` branch is folded in. */
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'deprecated']);

/** The default `style` of a parameter, by location (OpenAPI 3). */
const DEFAULT_STYLE = /** @type {Record<string, string>} */ ({
  query: 'form',
  cookie: 'form',
  path: 'simple',
  header: 'simple',
});

/**
 * Writes out what a document leaves to defaults or says in another way, in place, so that two
 * documents saying the same thing compare equal: a parameter's default `style` and `explode`, and
 * `anyOf: [X, {type: null}]` as X with a `null` type (how 3.1 documents generated from 3.0 say
 * "nullable"). Every object is visited once.
 * @param {unknown} value
 * @param {Set<object>} [seen]
 */
export function spelledOut(value, seen = new Set()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) spelledOut(item, seen);
    return;
  }
  const node = /** @type {Record<string, unknown>} */ (value);
  if (typeof node.in === 'string' && typeof node.name === 'string' && DEFAULT_STYLE[node.in]) {
    node.style ??= DEFAULT_STYLE[node.in];
    node.explode ??= node.style === 'form';
  }
  if (Array.isArray(node.anyOf) && node.anyOf.length === 2) {
    const isNull = (/** @type {unknown} */ s) =>
      s !== null &&
      typeof s === 'object' &&
      /** @type {{ type?: unknown }} */ (s).type === 'null' &&
      Object.keys(s).length === 1;
    const other = /** @type {Record<string, unknown> | undefined} */ (node.anyOf.find((s) => !isNull(s)));
    if (
      other &&
      node.anyOf.some(isNull) &&
      typeof other.type === 'string' &&
      Object.keys(node).every((k) => k === 'anyOf' || ANNOTATIONS.has(k) || !(k in other))
    ) {
      delete node.anyOf;
      const own = Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'anyOf'));
      Object.assign(node, other, own, { type: [other.type, 'null'] });
      if (Array.isArray(other.enum) && !other.enum.includes(null)) node.enum = [...other.enum, null];
    }
  }
  for (const inner of Object.values(node)) spelledOut(inner, seen);
}

/**
 * The operations of a document as `method path-key` → its path and method.
 * @param {OpenAPI3} doc
 * @returns {Map<string, { path: string, method: typeof METHODS[number] }>}
 */
export function operationKeys(doc) {
  /** @type {Map<string, { path: string, method: typeof METHODS[number] }>} */
  const keys = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      if (item && typeof item === 'object' && method in item)
        keys.set(`${method} ${templateKey(path)}`, { path, method });
    }
  }
  return keys;
}

/**
 * A dereferenced document reduced to the operations of `ours` (matched by method and path template):
 * servers, security and security schemes kept, `info` taken from `ours` (a title is no drift), and
 * nothing else. Their path templates keep their own parameter names.
 * @param {OpenAPI3} doc a dereferenced document
 * @param {OpenAPI3} ours our dereferenced spec
 * @returns {OpenAPI3}
 */
export function restrictedView(doc, ours) {
  const wanted = operationKeys(ours);
  /** @type {Record<string, PathItemObject>} */
  const paths = {};
  for (const [path, raw] of Object.entries(doc.paths ?? {})) {
    const item = /** @type {PathItemObject} */ (raw);
    /** @type {Record<string, unknown>} */
    const kept = {};
    for (const method of METHODS) {
      if (item[method] && wanted.has(`${method} ${templateKey(path)}`)) kept[method] = item[method];
    }
    if (Object.keys(kept).length === 0) continue;
    // Path-level parameters and servers apply to the kept operations too.
    if (item.parameters) kept.parameters = item.parameters;
    if (item.servers) kept.servers = item.servers;
    paths[path] = /** @type {PathItemObject} */ (kept);
  }
  /** @type {OpenAPI3} */
  const view = { openapi: ours.openapi, info: ours.info, paths };
  if (doc.servers) view.servers = doc.servers;
  if (doc.security) view.security = doc.security;
  if (doc.components?.securitySchemes) view.components = { securitySchemes: doc.components.securitySchemes };
  return view;
}
