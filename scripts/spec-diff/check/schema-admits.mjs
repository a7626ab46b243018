// What a schema admits, whichever keywords say it: the set of JSON types (`type`, `enum`, `const`,
// `anyOf`, `oneOf`, `allOf`) and, when it is finite, the set of values. `integer` is a subset of
// `number`. `nullable` is OpenAPI 3.0 and not read: these specs are 3.1, where `null` is a type.
import { deepEqual, isMapping } from '../equal.mjs';

/** @import { Schema } from './schema.mjs' */

/**
 * A set of JSON type names; `undefined` stands for every type (a schema that does not constrain it).
 * @typedef {ReadonlySet<string> | undefined} Types
 */

/**
 * The types a schema admits.
 * @param {unknown} schema
 * @param {Set<object>} [ancestors] schemas on the current path (dereferenced schemas may be cyclic)
 * @returns {Types}
 */
export function admittedTypes(schema, ancestors = new Set()) {
  if (!isMapping(schema) || ancestors.has(schema)) return undefined;
  ancestors.add(schema);
  try {
    const s = /** @type {Schema} */ (schema);
    /** @type {Types} */
    let types = s.type === undefined ? undefined : new Set(Array.isArray(s.type) ? s.type : [s.type]);
    const values = ownValues(s);
    if (values) types = intersectTypes(types, new Set(values.map(typeOfValue)));
    for (const part of s.allOf ?? []) types = intersectTypes(types, admittedTypes(part, ancestors));
    for (const branches of [s.anyOf, s.oneOf]) {
      if (!Array.isArray(branches)) continue;
      const each = branches.map((branch) => admittedTypes(branch, ancestors));
      types = intersectTypes(
        types,
        each.includes(undefined) ? undefined : unionTypes(/** @type {Set<string>[]} */ (each)),
      );
    }
    return types;
  } finally {
    ancestors.delete(schema);
  }
}

/**
 * The values a schema admits when they are finite (an `enum`, a `const`, a `null`-only type, or
 * `anyOf`/`oneOf` branches that are all finite), else `undefined`.
 * @param {unknown} schema
 * @param {Set<object>} [ancestors]
 * @returns {unknown[] | undefined}
 */
export function admittedValues(schema, ancestors = new Set()) {
  if (!isMapping(schema) || ancestors.has(schema)) return undefined;
  ancestors.add(schema);
  try {
    const s = /** @type {Schema} */ (schema);
    let values = ownValues(s);
    if (s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null')) {
      values = intersectValues(values, [null]);
    }
    for (const part of s.allOf ?? []) values = intersectValues(values, admittedValues(part, ancestors));
    for (const branches of [s.anyOf, s.oneOf]) {
      if (!Array.isArray(branches)) continue;
      const each = branches.map((branch) => admittedValues(branch, ancestors));
      if (each.every((v) => v !== undefined)) values = intersectValues(values, unionValues(each.flat()));
    }
    // Values the types exclude are not admitted (e.g. `type: string` with `enum: [1, 'a']`).
    const types = admittedTypes(s);
    return values?.filter((v) => admits(types, typeOfValue(v)));
  } finally {
    ancestors.delete(schema);
  }
}

/**
 * Whether a set of types admits a type: `number` admits `integer`.
 * @param {Types} types @param {string} type
 */
export function admits(types, type) {
  return types === undefined || types.has(type) || (type === 'integer' && types.has('number'));
}

/**
 * The types of `from` that `to` does not admit.
 * @param {Types} from @param {Types} to
 * @returns {string[] | 'any'} `'any'` when `from` admits every type and `to` does not
 */
export function typesNotAdmitted(from, to) {
  if (from === undefined) return to === undefined ? [] : 'any';
  return [...from].filter((type) => !admits(to, type)).sort();
}

/** @param {Types} types */
export function describeTypes(types) {
  return types === undefined ? 'any' : [...types].sort().join(' | ') || 'nothing';
}

/**
 * The values of `from` that are not among `to`.
 * @param {unknown[]} from @param {unknown[]} to
 */
export function valuesNotIn(from, to) {
  return from.filter((v) => !to.some((w) => deepEqual(v, w)));
}

/** @param {Schema} schema */
function ownValues(schema) {
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? [...schema.enum] : undefined;
}

/**
 * The JSON type of a value; whole numbers are `integer`.
 * @param {unknown} value
 */
function typeOfValue(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** @param {Types} a @param {Types} b @returns {Types} */
function intersectTypes(a, b) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a, ...b].filter((type) => admits(a, type) && admits(b, type)));
}

/** @param {Set<string>[]} sets */
function unionTypes(sets) {
  return new Set(sets.flatMap((set) => [...set]));
}

/** @param {unknown[] | undefined} a @param {unknown[] | undefined} b */
function intersectValues(a, b) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.filter((v) => b.some((w) => deepEqual(v, w)));
}

/** @param {unknown[]} values */
function unionValues(values) {
  return values.filter((v, i) => values.findIndex((w) => deepEqual(v, w)) === i);
}
