// Responses: what the client reads, compared in the response direction.
import { code, resolved } from '../context.mjs';
import { compareKeywords } from './keywords.mjs';
import { compareContent } from './media-types.mjs';
import { compareSchema } from './schema.mjs';

/**
 * @import { HeaderObject, ReferenceObject, ResponseObject, ResponsesObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/** The keys of a response that its rules compare (`links` is not modelled). */
const RESPONSE_KEYS = new Set(['headers', 'content']);

/** The keys of a response header that its rules compare. */
const HEADER_KEYS = new Set(['required', 'deprecated', 'schema']);

/**
 * Compares the responses of one operation, status by status.
 * @param {DiffContext} parent where = the operation
 * @param {ResponsesObject} base @param {ResponsesObject} head
 */
export function compareResponses(parent, base, head) {
  const ctx = parent.with({ direction: 'response' });
  for (const [status, response] of Object.entries(base)) {
    const a = resolved(/** @type {ResponseObject | ReferenceObject} */ (response));
    const b = resolved(/** @type {ResponseObject | ReferenceObject | undefined} */ (head[status]));
    if (!b) {
      ctx.report('response-status-removed', `response ${code(status)} removed`);
      continue;
    }
    if (!a) continue;
    const label = `response ${status}`;
    if (a.description !== b.description) ctx.report('description-changed', `${label}: description changed`);
    compareKeywords(ctx, label, a, b, RESPONSE_KEYS);
    compareHeaders(ctx.with({ label }), a.headers ?? {}, b.headers ?? {});
    compareContent(ctx.with({ label }), a.content ?? {}, b.content ?? {});
  }
  for (const status of Object.keys(head)) {
    if (!(status in base)) ctx.report('response-status-added', `response ${code(status)} added`);
  }
}

/**
 * Compares the headers of one response; names are case-insensitive.
 * @param {DiffContext} ctx label = the response
 * @param {Record<string, HeaderObject | ReferenceObject>} base
 * @param {Record<string, HeaderObject | ReferenceObject>} head
 */
function compareHeaders(ctx, base, head) {
  const byLowerName = (/** @type {Record<string, HeaderObject | ReferenceObject>} */ headers) =>
    new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), { name, value: resolved(value) }]));
  const a = byLowerName(base);
  const b = byLowerName(head);
  for (const [key, { name, value }] of a) {
    const other = b.get(key)?.value;
    const label = `${ctx.label}: header ${code(name)}`;
    if (!other) {
      ctx.report('response-header-removed', `${label} removed`);
      continue;
    }
    if (!value) continue;
    if (value.required && !other.required) ctx.report('response-header-became-optional', `${label} became optional`);
    compareKeywords(ctx, label, value, other, HEADER_KEYS);
    compareSchema(ctx.schemas('response', label), value.schema, other.schema);
  }
  for (const [key, { name }] of b) {
    if (!a.has(key)) ctx.report('response-header-added', `${ctx.label}: header ${code(name)} added`);
  }
}
