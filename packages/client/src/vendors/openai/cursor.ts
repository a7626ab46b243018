import type { OpenAI } from '@orgdir/types';
import { call, invalidShape, paged, type RawResult, type VendorContext } from '../../internal/context.js';
import { type CursorPage, cursorPages, type PagedIterable } from '../../pagination.js';

/** The list envelope every OpenAI listing shares. */
type ListBody<T> = { data: T[]; has_more: boolean; next?: string | null };

/** Checks the list envelope every OpenAI listing shares and adapts it for `cursorPages`. */
function openaiPage<T, B extends ListBody<T>>(ctx: VendorContext<OpenAI.paths>, body: B): CursorPage<T, B> {
  if (!Array.isArray(body.data) || typeof body.has_more !== 'boolean')
    throw invalidShape(ctx, 'a list (data[], has_more)');
  return { data: body.data, body, hasMore: body.has_more, next: body.next };
}

/**
 * An OpenAI listing, auto-paginated by cursor from `start`: `request` sends the GET for the page
 * after `cursor` through the `fetch` it is given, and each answer is decoded and checked.
 */
export function openaiListing<T extends { id?: unknown }, B extends ListBody<T>>(
  ctx: VendorContext<OpenAI.paths>,
  request: (cursor: string | undefined, fetch: (request: Request) => Promise<Response>) => Promise<RawResult<B>>,
  start: string | undefined,
  signal: AbortSignal | undefined,
): PagedIterable<T, B> {
  const source = cursorPages<T, B>(async (cursor, pageSignal) => {
    const { data } = await call(ctx, request(cursor, ctx.fetchWith({ signal: pageSignal })));
    return openaiPage(ctx, data);
  }, start);
  return paged(ctx, source, signal);
}
