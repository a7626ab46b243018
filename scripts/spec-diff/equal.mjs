// Structural comparison of parsed (possibly cyclic) OpenAPI documents.

/**
 * Whether a value is a mapping (a plain object, not an array or null).
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isMapping(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Structural equality that tolerates cycles, comparing only the object keys `keep` admits (array
 * indices are always compared).
 * @param {unknown} a @param {unknown} b @param {(key: string) => boolean} keep
 * @param {Map<object, Set<object>>} seen
 * @returns {boolean}
 */
function structurallyEqual(a, b, keep, seen) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const pairs = seen.get(a) ?? new Set();
  if (pairs.has(b)) return true;
  pairs.add(b);
  seen.set(a, pairs);
  const recordA = /** @type {Record<string, unknown>} */ (a);
  const recordB = /** @type {Record<string, unknown>} */ (b);
  const isArray = Array.isArray(a);
  const keys = (/** @type {Record<string, unknown>} */ record) =>
    Object.keys(record).filter((key) => isArray || keep(key));
  const keysA = keys(recordA);
  const keysB = keys(recordB);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(recordB, key) && structurallyEqual(recordA[key], recordB[key], keep, seen));
}

/**
 * Structural equality that tolerates cycles.
 * @param {unknown} a @param {unknown} b @param {Map<object, Set<object>>} [seen]
 * @returns {boolean}
 */
export function deepEqual(a, b, seen = new Map()) {
  return structurallyEqual(a, b, () => true, seen);
}

/** Keys that document without changing what a client sends or reads. */
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'tags',
  'title',
  '$comment',
  'externalDocs',
]);

/**
 * Whether a key only annotates: a description, example, tag, title or `x-` extension.
 * @param {string} key
 */
export function isAnnotation(key) {
  return ANNOTATIONS.has(key) || key.startsWith('x-');
}

/**
 * Whether two documents are equal once annotations are set aside (at any depth). Examples are values,
 * not schemas, so an `example` key inside an example is set aside too: a harmless over-reach.
 * @param {unknown} a @param {unknown} b @param {Map<object, Set<object>>} [seen]
 * @returns {boolean}
 */
export function equalIgnoringAnnotations(a, b, seen = new Map()) {
  return structurallyEqual(a, b, (key) => !isAnnotation(key), seen);
}
