// Media types of a request body or a response: each one's schema is compared in the direction of
// the context.
import { code, resolved } from '../context.mjs';
import { compareKeywords } from './keywords.mjs';
import { compareSchema } from './schema.mjs';

/**
 * @import { MediaTypeObject, ReferenceObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/** The keys of a media type that its rules compare (`encoding` is not modelled). */
const MEDIA_TYPE_KEYS = new Set(['schema']);

/**
 * Compares the `content` maps of a request body or a response.
 * @param {DiffContext} ctx direction and label (`request body`, `response 200`) set
 * @param {Record<string, MediaTypeObject | ReferenceObject>} base
 * @param {Record<string, MediaTypeObject | ReferenceObject>} head
 */
export function compareContent(ctx, base, head) {
  const direction = ctx.direction ?? 'response';
  for (const [type, media] of Object.entries(base)) {
    const a = resolved(media);
    const b = resolved(head[type]);
    if (!b) {
      ctx.report('media-type-removed', `${ctx.label}: media type ${code(type)} removed`);
      continue;
    }
    if (!a) continue;
    const label = `${ctx.label} ${type}`;
    compareKeywords(ctx, label, a, b, MEDIA_TYPE_KEYS);
    compareSchema(ctx.schemas(direction, label), a.schema, b.schema);
  }
  for (const type of Object.keys(head)) {
    if (!(type in base)) ctx.report('media-type-added', `${ctx.label}: media type ${code(type)} added`);
  }
}
