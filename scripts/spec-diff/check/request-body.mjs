// The request body: what the client sends, compared in the request direction.
import { compareKeywords } from './keywords.mjs';
import { compareContent } from './media-types.mjs';

/**
 * @import { RequestBodyObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/** The keys of a request body that its rules compare. */
const REQUEST_BODY_KEYS = new Set(['required', 'content']);

/**
 * Compares the request bodies of one operation.
 * @param {DiffContext} parent where = the operation
 * @param {RequestBodyObject | undefined} base @param {RequestBodyObject | undefined} head
 */
export function compareRequestBody(parent, base, head) {
  const ctx = parent.with({ direction: 'request' });
  if (!base && !head) return;
  if (!base) {
    if (head?.required) ctx.report('required-request-body-added', 'required request body added');
    else ctx.report('request-body-added', 'optional request body added');
    return;
  }
  if (!head) {
    ctx.report('request-body-removed', 'request body removed');
    return;
  }
  if (!base.required && head.required) ctx.report('request-body-became-required', 'request body became required');
  if (base.required && !head.required) ctx.report('request-body-became-optional', 'request body became optional');
  if (base.description !== head.description) ctx.report('description-changed', 'request body description changed');
  compareKeywords(ctx, 'request body', base, head, REQUEST_BODY_KEYS);
  compareContent(ctx.with({ label: 'request body' }), base.content ?? {}, head.content ?? {});
}
