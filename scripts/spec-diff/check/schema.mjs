// Schemas, compared in the direction of the context. In a request the client writes values, so the
// schema must not admit fewer; in a response the client reads values, so the schema must not admit
// more (nor drop fields). Schemas may be cyclic (Redocly's dereferenced YAML shares objects for
// recursive schemas), so the context remembers the pairs already compared.
import { code } from '../context.mjs';
import { deepEqual, isMapping } from '../equal.mjs';
import { compareKeywords } from './keywords.mjs';
import { admittedTypes, admittedValues, describeTypes, typesNotAdmitted, valuesNotIn } from './schema-admits.mjs';

/**
 * @import { SchemaObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/**
 * A dereferenced schema read keyword by keyword. openapi-typescript's `SchemaObject` is a union keyed
 * by `type`; a classifier reads every keyword of either side whatever its type, so this view keeps
 * the common keywords of `SchemaObject` and types the others loosely.
 * @typedef {Omit<SchemaObject, 'type' | 'enum' | 'oneOf' | 'anyOf' | 'allOf' | 'required'> & {
 *   type?: string | string[], enum?: unknown[], const?: unknown, format?: string, pattern?: string,
 *   items?: unknown, properties?: Record<string, unknown>, additionalProperties?: unknown, required?: string[],
 *   oneOf?: unknown[], anyOf?: unknown[], allOf?: unknown[], [keyword: string]: unknown }} Schema
 */

/** Numeric limits: a higher `min` or a lower `max` admits fewer values. */
const LIMITS = /** @type {const} */ ([
  ['minimum', 'min'],
  ['exclusiveMinimum', 'min'],
  ['minLength', 'min'],
  ['minItems', 'min'],
  ['minProperties', 'min'],
  ['maximum', 'max'],
  ['exclusiveMaximum', 'max'],
  ['maxLength', 'max'],
  ['maxItems', 'max'],
  ['maxProperties', 'max'],
]);

/** The keywords the schema rules compare; a change of any other (bar annotations) is for review. */
const SCHEMA_KEYS = new Set([
  'type',
  'format',
  'enum',
  'const',
  'pattern',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
  ...LIMITS.map(([key]) => key),
]);

/**
 * Compares two schemas at the place and in the direction of `ctx`.
 * @param {DiffContext} ctx @param {unknown} base @param {unknown} head
 */
export function compareSchema(ctx, base, head) {
  if (!isMapping(base) || !isMapping(head)) {
    if (deepEqual(base, head)) return;
    if (head === undefined) ctx.report('schema-removed', `${ctx.place}: schema removed`);
    else if (base === undefined) ctx.report('schema-added', `${ctx.place}: schema added`);
    else
      ctx.report(
        'keyword-changed',
        `${ctx.place}: schema changed from ${show(base)} to ${show(head)} (not modelled: review)`,
      );
    return;
  }
  if (!ctx.firstVisit(base, head)) return;
  const rawA = /** @type {Schema} */ (base);
  const rawB = /** @type {Schema} */ (head);

  if (!ctx.unionChecked) {
    compareTypes(ctx, rawA, rawB);
    compareValues(ctx, rawA, rawB);
  }
  const a = flattenAllOf(rawA);
  const b = flattenAllOf(rawB);
  if (a.format !== b.format) {
    ctx.report(
      'format-changed',
      `${ctx.place}: format changed from ${code(a.format ?? 'none')} to ${code(b.format ?? 'none')}`,
    );
  }
  compareLimits(ctx, a, b);
  compareKeywords(ctx, ctx.place, unmodelled(rawA), unmodelled(rawB), new Set());
  if (ctx.field && rawA.description !== rawB.description) {
    ctx.report('description-changed', `${ctx.place}: description changed`);
  }
  compareProperties(ctx, a, b);

  const inner = ctx.with({ unionChecked: false });
  if (a.items !== undefined || b.items !== undefined) {
    compareSchema(inner.with({ field: `${ctx.field}[]` }), a.items, b.items);
  }
  if (isMapping(a.additionalProperties) && isMapping(b.additionalProperties)) {
    compareSchema(inner.with({ field: `${ctx.field}{*}` }), a.additionalProperties, b.additionalProperties);
  } else if (ctx.request && a.additionalProperties !== false && b.additionalProperties === false) {
    ctx.report('additional-properties-closed', `${ctx.place}: additional properties no longer allowed`);
  }
  for (const key of /** @type {const} */ (['oneOf', 'anyOf'])) compareVariants(ctx, key, a[key], b[key]);
}

/**
 * The set of types the schema admits, across `type`, `enum`, `const`, `anyOf`, `oneOf` and `allOf`.
 * @param {DiffContext} ctx @param {Schema} a @param {Schema} b
 */
function compareTypes(ctx, a, b) {
  const before = admittedTypes(a);
  const after = admittedTypes(b);
  const dropped = typesNotAdmitted(before, after);
  const gained = typesNotAdmitted(after, before);
  if (dropped.length === 0 && gained.length === 0) return;
  const message = `${ctx.place}: type changed from ${code(describeTypes(before))} to ${code(describeTypes(after))}`;
  if (ctx.request) {
    ctx.report(dropped.length > 0 ? 'request-type-removed' : 'request-type-added', message);
  } else {
    ctx.report(gained.length > 0 ? 'response-type-added' : 'response-type-removed', message);
  }
}

/**
 * The finite sets of values (`enum`, `const`, `null`, and branches of those) the schema admits.
 * @param {DiffContext} ctx @param {Schema} a @param {Schema} b
 */
function compareValues(ctx, a, b) {
  const before = admittedValues(a);
  const after = admittedValues(b);
  const place = ctx.place;
  const request = ctx.request;
  if (before && !after) {
    ctx.report(request ? 'request-enum-removed' : 'response-enum-removed', `${place}: enum ${json(before)} lifted`);
  } else if (!before && after) {
    ctx.report(request ? 'request-enum-added' : 'response-enum-added', `${place}: restricted to ${json(after)}`);
  } else if (before && after) {
    const removed = valuesNotIn(before, after);
    const added = valuesNotIn(after, before);
    if (removed.length > 0) {
      ctx.report(
        request ? 'request-enum-value-removed' : 'response-enum-value-removed',
        `${place}: enum ${plural(removed)} ${removed.map(json).join(', ')} removed`,
      );
    }
    if (added.length > 0) {
      ctx.report(
        request ? 'request-enum-value-added' : 'response-enum-value-added',
        `${place}: enum ${plural(added)} ${added.map(json).join(', ')} added`,
      );
    }
  }
}

/**
 * Limits and patterns: in a request a tighter one rejects values a client may send; in a response a
 * looser one lets the server send values clients never saw.
 * @param {DiffContext} ctx @param {Schema} a @param {Schema} b
 */
function compareLimits(ctx, a, b) {
  for (const [key, kind] of LIMITS) {
    const before = a[key];
    const after = b[key];
    if (before === after || (typeof before !== 'number' && typeof after !== 'number')) continue;
    const tightened =
      typeof before !== 'number' || typeof after !== 'number'
        ? typeof after === 'number'
        : kind === 'min'
          ? after > before
          : after < before;
    const message = `${ctx.place}: \`${key}\` changed from ${before ?? 'none'} to ${after ?? 'none'}`;
    if (ctx.request) ctx.report(tightened ? 'request-constraint-tightened' : 'request-constraint-relaxed', message);
    else ctx.report(tightened ? 'response-constraint-tightened' : 'response-constraint-relaxed', message);
  }
  if (a.pattern !== b.pattern) {
    const message = `${ctx.place}: pattern changed from ${code(a.pattern ?? 'none')} to ${code(b.pattern ?? 'none')}`;
    if (!ctx.request) ctx.report('response-pattern-changed', message);
    else ctx.report(b.pattern === undefined ? 'request-pattern-removed' : 'request-pattern-changed', message);
  }
}

/**
 * Object properties: removed, renamed, added, and changes of required-ness.
 * @param {DiffContext} ctx @param {Schema} a @param {Schema} b
 */
function compareProperties(ctx, a, b) {
  const request = ctx.request;
  const propsA = a.properties ?? {};
  const propsB = b.properties ?? {};
  const requiredA = new Set(a.required ?? []);
  const requiredB = new Set(b.required ?? []);
  const removed = Object.keys(propsA).filter((k) => !(k in propsB));
  const added = Object.keys(propsB).filter((k) => !(k in propsA));
  const prefix = ctx.field ? `${ctx.field}.` : '';
  const placeOf = (/** @type {string} */ name) => ctx.with({ field: prefix + name }).place;
  // One property out and one in reads as a rename.
  const rename = removed.length === 1 && added.length === 1 ? added[0] : undefined;

  for (const name of removed) {
    if (rename) ctx.report('field-renamed', `${placeOf(name)}: renamed to ${code(prefix + rename)}`);
    else ctx.report('field-removed', `${placeOf(name)}: field removed`);
  }
  for (const name of added) {
    if (rename) continue;
    if (!request) ctx.report('field-added', `${placeOf(name)}: field added`);
    else if (requiredB.has(name)) ctx.report('required-field-added', `${placeOf(name)}: required field added`);
    else ctx.report('optional-field-added', `${placeOf(name)}: optional field added`);
  }
  for (const [name, schema] of Object.entries(propsA)) {
    if (!(name in propsB)) continue;
    const place = placeOf(name);
    if (!requiredA.has(name) && requiredB.has(name)) {
      ctx.report(
        request ? 'request-field-became-required' : 'response-field-became-required',
        `${place}: became required`,
      );
    } else if (requiredA.has(name) && !requiredB.has(name)) {
      ctx.report(
        request ? 'request-field-became-optional' : 'response-field-became-optional',
        `${place}: became optional`,
      );
    }
    compareSchema(ctx.with({ field: prefix + name, unionChecked: false }), schema, propsB[name]);
  }
}

/**
 * `oneOf`/`anyOf` branches are compared by position; what the branches admit together was compared
 * by the parent, so the branches themselves skip that. An extra branch widens the schema. A union
 * introduced or removed is left to review: its branches are not compared with the plain schema.
 * @param {DiffContext} ctx @param {'oneOf' | 'anyOf'} key @param {unknown[] | undefined} a @param {unknown[] | undefined} b
 */
function compareVariants(ctx, key, a, b) {
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined) {
    ctx.report(
      'variants-restructured',
      `${ctx.place}: \`${key}\` ${a ? 'removed' : 'introduced'} (not modelled: review)`,
    );
    return;
  }
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    compareSchema(ctx.with({ field: `${ctx.field}<${key}[${i}]>`, unionChecked: true }), a[i], b[i]);
  }
  if (b.length > a.length) {
    ctx.report(
      ctx.request ? 'request-variant-added' : 'response-variant-added',
      `${ctx.place}: ${b.length - a.length} ${key} variant(s) added`,
    );
  } else if (b.length < a.length) {
    ctx.report(
      ctx.request ? 'request-variant-removed' : 'response-variant-removed',
      `${ctx.place}: ${a.length - b.length} ${key} variant(s) removed`,
    );
  }
}

/**
 * Merges `allOf` members into one schema (properties and required merged, other keywords first one
 * wins) so that moving a field into or out of an `allOf` is not reported as a change.
 * @param {Schema} schema
 * @returns {Schema}
 */
function flattenAllOf(schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  /** @type {Schema & { properties: Record<string, unknown>, required: string[] }} */
  const merged = { ...rest, properties: { ...(rest.properties ?? {}) }, required: [...(rest.required ?? [])] };
  for (const part of allOf) {
    if (!isMapping(part)) continue;
    const flat = flattenAllOf(/** @type {Schema} */ (part));
    Object.assign(merged.properties, flat.properties ?? {});
    merged.required.push(...(flat.required ?? []));
    for (const key of SCHEMA_KEYS) {
      if (key === 'properties' || key === 'required' || key === 'allOf') continue;
      if (merged[key] === undefined && flat[key] !== undefined) merged[key] = flat[key];
    }
  }
  /** @type {Schema} */
  const result = merged;
  if (Object.keys(merged.properties).length === 0) delete result.properties;
  if (merged.required.length === 0) delete result.required;
  return result;
}

/**
 * The keywords of a schema and of its `allOf` members that no schema rule reads, each with the list
 * of its values (one value stands for itself).
 * @param {Schema} schema
 * @returns {Record<string, unknown>}
 */
function unmodelled(schema) {
  /** @type {Map<string, unknown[]>} */
  const found = new Map();
  /** @type {Set<object>} */
  const ancestors = new Set();
  const collect = (/** @type {unknown} */ node) => {
    if (!isMapping(node) || ancestors.has(node)) return;
    ancestors.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (!SCHEMA_KEYS.has(key)) found.set(key, [...(found.get(key) ?? []), value]);
    }
    for (const part of Array.isArray(node.allOf) ? node.allOf : []) collect(part);
  };
  collect(schema);
  return Object.fromEntries([...found].map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
}

/**
 * A boolean schema as written; a schema object by name only (it may be large or cyclic).
 * @param {unknown} schema
 */
function show(schema) {
  return isMapping(schema) ? 'a schema object' : code(JSON.stringify(schema));
}

/** @param {unknown} value */
function json(value) {
  return code(JSON.stringify(value));
}

/** @param {unknown[]} values */
function plural(values) {
  return values.length === 1 ? 'value' : 'values';
}
