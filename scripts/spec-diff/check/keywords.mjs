// The catch-all of every check: keys of an OpenAPI object that no rule reads. A change there is
// reported for review rather than passed as harmless.
import { code } from '../context.mjs';
import { deepEqual, isAnnotation } from '../equal.mjs';

/** @import { DiffContext } from '../context.mjs' */

/**
 * Reports `keyword-changed` for each key, outside `modelled` and the annotations, whose value differs.
 * @param {DiffContext} ctx
 * @param {string} what the object, as the report names it, e.g. ``query parameter `page` ``
 * @param {object} base @param {object} head any OpenAPI object (openapi-typescript's types have no index signature)
 * @param {ReadonlySet<string>} modelled the keys the object's rules compare
 */
export function compareKeywords(ctx, what, base, head, modelled) {
  const a = /** @type {Record<string, unknown>} */ (base);
  const b = /** @type {Record<string, unknown>} */ (head);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (modelled.has(key) || isAnnotation(key)) continue;
    if (deepEqual(a[key], b[key])) continue;
    ctx.report('keyword-changed', `${what}: ${code(key)} ${describe(a[key], b[key])} (not modelled: review)`);
  }
}

/** @param {unknown} before @param {unknown} after */
function describe(before, after) {
  if (before === undefined) return `added${brief(' as', after)}`;
  if (after === undefined) return `removed${brief(' (was', before, ')')}`;
  return `changed${brief(' from', before)}${brief(' to', after)}`;
}

/**
 * A short rendering of a scalar value; nothing for objects (they can be large or cyclic).
 * @param {string} prefix @param {unknown} value @param {string} [suffix]
 */
function brief(prefix, value, suffix = '') {
  const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  return scalar ? `${prefix} ${code(JSON.stringify(value))}${suffix}` : '';
}
