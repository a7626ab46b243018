import { describe, expect, it } from 'vitest';
import { PageItems } from '../../src/internal/page-items.js';
import type { Page } from '../../src/pagination.js';

/** Pages of the given items; records whether the generator was closed (its `finally` ran). */
function pagesOf(...pages: string[][]) {
  const state = { pulled: 0, closed: false };
  async function* generate(): AsyncGenerator<Page<string, unknown>, void, undefined> {
    try {
      for (const data of pages) {
        state.pulled++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield { data, body: null };
      }
    } finally {
      state.closed = true;
    }
  }
  return { items: new PageItems(generate()), state };
}

describe('PageItems', () => {
  it('yields every item of every page in order, skipping empty pages', async () => {
    const { items } = pagesOf(['a', 'b'], [], ['c']);
    const seen: string[] = [];
    for await (const item of items) seen.push(item);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });

  it('serves calls made without waiting in the order they were made', async () => {
    const { items } = pagesOf(['a'], ['b', 'c'], ['d']);
    const results = await Promise.all(Array.from({ length: 6 }, () => items.next()));
    expect(results.map((r) => (r.done ? 'done' : r.value))).toEqual(['a', 'b', 'c', 'd', 'done', 'done']);
  });

  it('return() closes the pages and ends the iteration', async () => {
    const { items, state } = pagesOf(['a', 'b'], ['c']);
    expect(await items.next()).toEqual({ done: false, value: 'a' });
    expect(await items.return()).toEqual({ done: true, value: undefined });
    expect(state).toEqual({ pulled: 1, closed: true });
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });

  it('throw() closes the pages and rejects with the error', async () => {
    const { items, state } = pagesOf(['a', 'b'], ['c']);
    await items.next();
    const error = new Error('stop');
    await expect(items.throw(error)).rejects.toBe(error);
    expect(state.closed).toBe(true);
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });

  it('passes a page error on once, then is done', async () => {
    const error = new Error('page 2 failed');
    async function* failing(): AsyncGenerator<Page<string, unknown>, void, undefined> {
      yield { data: ['a'], body: null };
      throw error;
    }
    const items = new PageItems(failing());
    expect(await items.next()).toEqual({ done: false, value: 'a' });
    await expect(items.next()).rejects.toBe(error);
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });
});
