import type { OpenAI } from '@orgdir/types';
import { invalidShape, type VendorContext } from '../../internal/context.js';
import type { CursorPage } from '../../pagination.js';

/** Checks the list envelope every OpenAI listing shares and adapts it for `cursorPages`. */
export function openaiPage<T, B extends { data: T[]; has_more: boolean; next?: string | null }>(
  ctx: VendorContext<OpenAI.paths>,
  body: B,
): CursorPage<T, B> {
  if (!Array.isArray(body.data) || typeof body.has_more !== 'boolean')
    throw invalidShape(ctx, 'a list (data[], has_more)');
  return { data: body.data, body, hasMore: body.has_more, next: body.next };
}
