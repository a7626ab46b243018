import { InvalidResponseError } from '../errors.js';
import type { AnswerContext } from './vendor-context.js';

/** What an item is, in words that never quote it (a hostile server may echo the key as an item). */
function kind(item: unknown): string {
  if (item === null) return 'null';
  if (Array.isArray(item)) return 'an array';
  if (typeof item !== 'object') return `a ${typeof item}`;
  const { id } = item as { id?: unknown };
  return id === undefined
    ? 'an object without an id'
    : `an object whose id is ${id === null ? 'null' : `a ${typeof id}`}`;
}

/**
 * Checks that every item of a listing's `data` is an object (not null, not an array) with a string
 * `id`, before any of it is data; otherwise an InvalidResponseError naming the vendor, the
 * operation and the item's index.
 */
export function checkItems<T>(ctx: AnswerContext, operationId: string, items: readonly unknown[]): T[] {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (
      item === null ||
      typeof item !== 'object' ||
      Array.isArray(item) ||
      typeof (item as { id?: unknown }).id !== 'string'
    ) {
      throw new InvalidResponseError(
        ctx.vendor,
        `${operationId}: item ${i} of the response's data is ${kind(item)}, not an object with a string id.`,
      );
    }
  }
  return items as T[];
}
