import type { OpenAI } from '@orgdir/types';
import { call, invalidShape, paged, type RawResult } from '../../internal/answers.js';
import { checkItems } from '../../internal/check-items.js';
import { checkNumber } from '../../internal/config.js';
import type { VendorContext } from '../../internal/vendor-context.js';
import { type CursorPage, cursorPages, type PagedIterable } from '../../pagination.js';

/**
 * Checks a listing's `limit` (items per page) before any request: an integer from 1 to `max`, the
 * operation's bound in specs/openai.yaml. The spec also allows 0, which is refused here: pages of
 * no items cannot move a listing forward.
 */
export function checkLimit(limit: number | undefined, max: number): void {
  checkNumber('limit', limit, { min: 1, max, integer: true });
}

/** The list envelope every OpenAI listing shares. */
type ListBody<T> = { data: T[]; has_more: boolean; next?: string | null };

/** Checks the list envelope every OpenAI listing shares and adapts it for `cursorPages`. */
function openaiPage<T, B extends ListBody<T>>(
  ctx: VendorContext<OpenAI.paths>,
  operationId: string,
  body: B,
): CursorPage<T, B> {
  if (!Array.isArray(body.data) || typeof body.has_more !== 'boolean')
    throw invalidShape(ctx, 'a list (data[], has_more)');
  const next: unknown = body.next;
  if (next !== undefined && next !== null && typeof next !== 'string')
    throw invalidShape(ctx, 'a list whose next is a string');
  return { data: checkItems<T>(ctx, operationId, body.data), body, hasMore: body.has_more, next };
}

/**
 * An OpenAI listing (`operationId`), auto-paginated by cursor from `start`: `request` sends the GET
 * for the page after `cursor` through the `fetch` it is given, and each answer is decoded and checked.
 */
export function openaiListing<T extends { id?: unknown }, B extends ListBody<T>>(
  ctx: VendorContext<OpenAI.paths>,
  operationId: string,
  request: (cursor: string | undefined, fetch: (request: Request) => Promise<Response>) => Promise<RawResult<B>>,
  start: string | undefined,
  signal: AbortSignal | undefined,
): PagedIterable<T, B> {
  const source = cursorPages<T, B>(async (cursor, pageSignal) => {
    const { data } = await call(ctx, request(cursor, ctx.fetchWith({ signal: pageSignal })));
    return openaiPage(ctx, operationId, data);
  }, start);
  return paged(ctx, source, signal);
}
