// Operations are matched by method and path template with parameter names erased, so that renaming
// `{id}` to `{userId}` shows up as a renamed parameter rather than a removed path.
import { code, resolved } from '../context.mjs';
import { compareKeywords } from './keywords.mjs';
import { compareParameters, effectiveParameters } from './parameters.mjs';
import { compareRequestBody } from './request-body.mjs';
import { compareResponses } from './responses.mjs';
import { compareSecurity } from './security.mjs';
import { compareServers } from './servers.mjs';

/**
 * @import { OpenAPI3, OperationObject, PathItemObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

const METHODS = /** @type {const} */ (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The keys of an operation that its rules compare. */
const OPERATION_KEYS = new Set([
  'operationId',
  'deprecated',
  'servers',
  'security',
  'parameters',
  'requestBody',
  'responses',
]);

/** The keys of a path item that the rules compare (its operations are compared one by one). */
const PATH_ITEM_KEYS = new Set([...METHODS, 'parameters', 'servers']);

/**
 * One operation of a document.
 * @typedef {object} OperationRef
 * @property {string} key   `get /users/{}`
 * @property {string} label `GET /users/{id}`
 * @property {string} path
 * @property {PathItemObject} pathItem
 * @property {OperationObject} operation
 */

/**
 * Compares every operation of the two documents of `ctx`.
 * @param {DiffContext} ctx
 */
export function compareOperations(ctx) {
  const before = listOperations(ctx.base);
  const after = listOperations(ctx.head);
  const basePaths = new Set([...before.values()].map((op) => op.path));
  const headPaths = new Set([...after.values()].map((op) => op.path));
  /** @type {Map<string, OperationRef>} */
  const headById = new Map();
  for (const op of after.values()) if (op.operation.operationId) headById.set(op.operation.operationId, op);

  for (const [key, op] of before) {
    const other = after.get(key);
    if (other) {
      compareOperation(ctx.with({ where: other.label }), op, other);
      continue;
    }
    const where = ctx.with({ where: op.label });
    const moved = op.operation.operationId ? headById.get(op.operation.operationId) : undefined;
    if (moved && !before.has(moved.key)) {
      where.report(
        'operation-renamed',
        `moved to ${code(moved.label)} (operationId ${code(op.operation.operationId)})`,
      );
    } else if (!headPaths.has(op.path) && !matchesTemplate(op.path, headPaths)) {
      where.report('path-removed', `path ${code(op.path)} removed`);
    } else {
      where.report('operation-removed', 'operation removed');
    }
  }
  const movedTo = new Set(
    [...before.values()]
      .filter((op) => !after.has(op.key) && op.operation.operationId)
      .map((op) => headById.get(op.operation.operationId ?? '')?.key),
  );
  for (const [key, op] of after) {
    if (before.has(key) || movedTo.has(key)) continue;
    const where = ctx.with({ where: op.label });
    if (!basePaths.has(op.path) && !matchesTemplate(op.path, basePaths)) {
      where.report('path-added', `path ${code(op.path)} added`);
    } else {
      where.report('operation-added', 'operation added');
    }
  }
  comparePathItems(ctx);
}

/**
 * The keys of path items that no operation rule reads, once per path present on both sides.
 * @param {DiffContext} ctx
 */
function comparePathItems(ctx) {
  const headItems = new Map(Object.entries(ctx.head.paths ?? {}).map(([p, item]) => [templateKey(p), item]));
  for (const [path, item] of Object.entries(ctx.base.paths ?? {})) {
    const other = headItems.get(templateKey(path));
    if (other) compareKeywords(ctx.with({ where: path }), `path ${code(path)}`, item, other, PATH_ITEM_KEYS);
  }
}

/**
 * @param {DiffContext} ctx where = the operation @param {OperationRef} base @param {OperationRef} head
 */
function compareOperation(ctx, base, head) {
  const a = base.operation;
  const b = head.operation;
  if (a.operationId !== b.operationId) {
    ctx.report(
      'operation-id-changed',
      `operationId changed from ${code(a.operationId ?? 'none')} to ${code(b.operationId ?? 'none')}`,
    );
  }
  for (const key of /** @type {const} */ (['summary', 'description'])) {
    if (a[key] !== b[key]) ctx.report('description-changed', `operation ${key} changed`);
  }
  if (!a.deprecated && b.deprecated) ctx.report('operation-deprecated', 'operation deprecated');

  // Inherited servers/security are reported once at document level; compare here only when either
  // side overrides them for this operation.
  if (a.servers || b.servers || base.pathItem.servers || head.pathItem.servers) {
    compareServers(
      ctx,
      a.servers ?? base.pathItem.servers ?? ctx.base.servers,
      b.servers ?? head.pathItem.servers ?? ctx.head.servers,
    );
  }
  if (a.security || b.security) {
    compareSecurity(ctx, a.security ?? ctx.base.security, b.security ?? ctx.head.security);
  }
  compareParameters(ctx, effectiveParameters(base.pathItem, a), effectiveParameters(head.pathItem, b));
  compareRequestBody(ctx, resolved(a.requestBody), resolved(b.requestBody));
  compareResponses(ctx, a.responses ?? {}, b.responses ?? {});
  compareKeywords(ctx, 'operation', a, b, OPERATION_KEYS);
}

/**
 * @param {OpenAPI3} doc
 * @returns {Map<string, OperationRef>}
 */
function listOperations(doc) {
  /** @type {Map<string, OperationRef>} */
  const ops = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const pathItem = resolved(item);
    if (!pathItem) continue;
    for (const method of METHODS) {
      const operation = resolved(pathItem[method]);
      if (!operation) continue;
      const key = `${method} ${templateKey(path)}`;
      ops.set(key, { key, label: `${method.toUpperCase()} ${path}`, path, pathItem, operation });
    }
  }
  return ops;
}

/** @param {string} path @param {Set<string>} paths */
function matchesTemplate(path, paths) {
  const key = templateKey(path);
  return [...paths].some((p) => templateKey(p) === key);
}

/** @param {string} path */
function templateKey(path) {
  return path.replace(/\{[^}]*\}/g, '{}');
}
