// Parameters (path item and operation level, the operation's overriding): the client sends them, so
// they are compared in the request direction.
import { code, resolved } from '../context.mjs';
import { compareKeywords } from './keywords.mjs';
import { compareSchema } from './schema.mjs';

/**
 * @import { MediaTypeObject, OperationObject, ParameterObject, PathItemObject, ReferenceObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/** The keys of a parameter that its rules compare. */
const PARAMETER_KEYS = new Set([
  'name',
  'in',
  'required',
  'style',
  'explode',
  'allowReserved',
  'deprecated',
  'schema',
  'content',
]);

/**
 * The parameters of an operation, keyed by `in:name` (header names are case-insensitive).
 * @param {PathItemObject} pathItem @param {OperationObject} operation
 * @returns {Map<string, ParameterObject>}
 */
export function effectiveParameters(pathItem, operation) {
  /** @type {Map<string, ParameterObject>} */
  const params = new Map();
  for (const item of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const param = resolved(/** @type {ParameterObject | ReferenceObject} */ (item));
    if (!param || typeof param !== 'object') continue;
    const name = param.in === 'header' ? String(param.name).toLowerCase() : param.name;
    params.set(`${param.in}:${name}`, param);
  }
  return params;
}

/**
 * Compares the parameters of one operation.
 * @param {DiffContext} ctx where = the operation
 * @param {Map<string, ParameterObject>} base @param {Map<string, ParameterObject>} head
 */
export function compareParameters(ctx, base, head) {
  const removed = [...base.entries()].filter(([key]) => !head.has(key));
  const added = [...head.entries()].filter(([key]) => !base.has(key));
  const request = ctx.with({ direction: 'request' });

  /** @type {Set<ParameterObject>} */
  const renamedTo = new Set();
  for (const [, param] of removed) {
    // One parameter out and one in at the same location reads as a rename.
    const sameIn = added.filter(([, p]) => p.in === param.in);
    const removedSameIn = removed.filter(([, p]) => p.in === param.in);
    const renamed = sameIn.length === 1 && removedSameIn.length === 1 ? sameIn[0]?.[1] : undefined;
    if (renamed) {
      request.report('parameter-renamed', `${param.in} parameter ${code(param.name)} renamed to ${code(renamed.name)}`);
      renamedTo.add(renamed);
    } else {
      request.report('parameter-removed', `${param.in} parameter ${code(param.name)} removed`);
    }
  }
  for (const [, param] of added) {
    if (renamedTo.has(param)) continue;
    if (param.required) {
      request.report('required-parameter-added', `required ${param.in} parameter ${code(param.name)} added`);
    } else {
      request.report('optional-parameter-added', `optional ${param.in} parameter ${code(param.name)} added`);
    }
  }
  for (const [key, a] of base) {
    const b = head.get(key);
    if (b) compareParameter(request, a, b);
  }
}

/**
 * @param {DiffContext} ctx direction = request @param {ParameterObject} a @param {ParameterObject} b
 */
function compareParameter(ctx, a, b) {
  const label = `${a.in} parameter ${code(a.name)}`;
  if (!a.required && b.required) ctx.report('parameter-became-required', `${label} became required`);
  if (a.required && !b.required) ctx.report('parameter-became-optional', `${label} became optional`);
  for (const key of /** @type {const} */ (['style', 'explode', 'allowReserved'])) {
    if (a[key] !== b[key]) ctx.report('parameter-serialization-changed', `${label}: \`${key}\` changed`);
  }
  if (!a.deprecated && b.deprecated) ctx.report('parameter-deprecated', `${label} deprecated`);
  if (a.description !== b.description) ctx.report('description-changed', `${label}: description changed`);
  compareKeywords(ctx, label, a, b, PARAMETER_KEYS);
  compareSchema(
    ctx.schemas('request', label),
    a.schema ?? contentSchema(a.content),
    b.schema ?? contentSchema(b.content),
  );
}

/**
 * The schema of a parameter given by `content` (its one media type).
 * @param {Record<string, MediaTypeObject | ReferenceObject> | undefined} content
 */
function contentSchema(content) {
  const first = content && resolved(Object.values(content)[0]);
  return first?.schema;
}
