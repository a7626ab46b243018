import { describe, expect, it } from 'vitest';
import { PaginationError } from '../src/errors.js';
import { type CursorPage, cursorPages, type NumberedPage, numberedPages, PagedIterable } from '../src/pagination.js';

type Item = { id: string };
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));

/** A cursor source answering from a table keyed by the `after` it receives. */
function cursorSource(
  table: Record<string, Omit<CursorPage<Item, null>, 'body'>>,
  calls: Array<string | undefined> = [],
) {
  return cursorPages<Item, null>(async (after) => {
    calls.push(after);
    const page = table[after ?? ''];
    if (!page) throw new Error(`unexpected cursor ${after}`);
    return { ...page, body: null };
  });
}

describe('cursorPages', () => {
  it('prefers the response next cursor over the last id', async () => {
    const calls: Array<string | undefined> = [];
    const source = cursorSource(
      {
        '': { data: items('a', 'b'), hasMore: true, next: 'cursor-1' },
        'cursor-1': { data: items('c'), hasMore: false },
      },
      calls,
    );
    expect((await new PagedIterable(source).toArray()).map((u) => u.id)).toEqual(['a', 'b', 'c']);
    expect(calls).toEqual([undefined, 'cursor-1']);
  });

  it('falls back to the last item id when next is absent or null', async () => {
    const calls: Array<string | undefined> = [];
    const source = cursorSource(
      { '': { data: items('a', 'b'), hasMore: true, next: null }, b: { data: items('c'), hasMore: false } },
      calls,
    );
    expect(await new PagedIterable(source).toArray()).toEqual(items('a', 'b', 'c'));
    expect(calls).toEqual([undefined, 'b']);
  });

  it('stops on has_more false even when a cursor is present', async () => {
    const source = cursorSource({ '': { data: items('a'), hasMore: false, next: 'more' } });
    expect(await new PagedIterable(source).toArray()).toEqual(items('a'));
  });

  it.each([
    [
      'a repeated cursor',
      { '': { data: items('a'), hasMore: true }, a: { data: items('a'), hasMore: true } },
      /repeated the cursor "a"/,
    ],
    ['has_more with no cursor', { '': { data: [], hasMore: true } }, /no cursor/],
  ])('%s is a PaginationError', async (_name, table, message) => {
    const iterable = new PagedIterable(cursorSource(table));
    await expect(iterable.toArray()).rejects.toThrow(PaginationError);
    await expect(iterable.toArray()).rejects.toThrow(message);
  });
});

/** A numbered source whose pages resolve in the order the test releases them. */
function numberedSource(
  total: number,
  options: { concurrency: number; page?: (n: number) => Partial<NumberedPage<Item, null>> },
) {
  const started: number[] = [];
  const signals: AbortSignal[] = [];
  let active = 0;
  let maxActive = 0;
  const rateLimit = new Set<number>();
  const source = numberedPages<Item, null>(async (n, ctx) => {
    started.push(n);
    signals.push(ctx.signal);
    active++;
    maxActive = Math.max(maxActive, active);
    // Later pages finish first, to prove the pager re-orders.
    await new Promise((resolve) => setTimeout(resolve, (total - n) % 3));
    if (rateLimit.has(n)) ctx.onRateLimited();
    active--;
    return { data: items(`u${n}`), body: null, totalPages: total, pageNumber: n, ...options.page?.(n) };
  }, options);
  return { source, started, signals, rateLimit, maxActive: () => maxActive };
}

describe('numberedPages', () => {
  it('yields every page once, in page order, with at most `concurrency` in flight', async () => {
    const { source, started, maxActive } = numberedSource(30, { concurrency: 4 });
    const ids = (await new PagedIterable(source).toArray()).map((u) => u.id);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `u${i + 1}`));
    expect([...started].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(maxActive()).toBeLessThanOrEqual(4);
    expect(maxActive()).toBeGreaterThan(1);
  });

  it('halves the concurrency after a rate-limited page', async () => {
    const { source, rateLimit, started } = numberedSource(20, { concurrency: 4 });
    rateLimit.add(2);
    const iterable = new PagedIterable(source);
    let inFlightAfterHalving = 0;
    for await (const page of iterable.pages()) {
      const n = Number(page.data[0]?.id.slice(1));
      // Once page 2 (rate limited) is consumed, at most 2 pages beyond the current one may be started
      // (4 without the halving: the pager keeps `concurrency` pages requested ahead of the consumer).
      if (n >= 6) inFlightAfterHalving = Math.max(inFlightAfterHalving, started.filter((s) => s > n).length);
    }
    expect(inFlightAfterHalving).toBeLessThanOrEqual(2);
  });

  it('keeps `concurrency` pages requested ahead of the page the consumer holds', async () => {
    const { source, started } = numberedSource(12, { concurrency: 3 });
    const ahead: number[] = [];
    for await (const page of new PagedIterable(source).pages()) {
      const n = Number(page.data[0]?.id.slice(1));
      ahead.push(started.filter((s) => s > n).length);
    }
    // Pages 2–4 are requested as soon as page 1 tells the total; then one more per page handed over.
    expect(ahead).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 1, 0]);
  });

  it('stops at total_pages from the first page', async () => {
    const { source, started } = numberedSource(3, { concurrency: 8 });
    expect(await new PagedIterable(source).toArray()).toHaveLength(3);
    expect(Math.max(...started)).toBe(3);
  });

  it.each([
    [
      'a page repeating an earlier page',
      (n: number) => (n === 3 ? { data: items('u2') } : {}),
      /Page 3 repeats the items of page 2/,
    ],
    [
      'a page number that contradicts the request',
      (n: number) => (n === 2 ? { pageNumber: 1 } : {}),
      /Asked for page 2/,
    ],
    [
      'a page size that changes midway',
      (n: number) => ({ pageSize: n === 3 ? 2 : 1 }),
      /Page 3 has 1 items at page size 2/,
    ],
    [
      'a page longer than its size',
      (n: number) => (n === 4 ? { data: items('x', 'y') } : { pageSize: 1 }),
      /Page 4 has 2 items/,
    ],
  ])('%s is a PaginationError', async (_name, page, message) => {
    const { source } = numberedSource(5, { concurrency: 2, page });
    const promise = new PagedIterable(source).toArray();
    await expect(promise).rejects.toThrow(PaginationError);
    await expect(promise).rejects.toThrow(message);
  });

  it('aborts requests in flight when the consumer breaks', async () => {
    const { source, signals } = numberedSource(50, { concurrency: 4 });
    for await (const item of new PagedIterable(source)) {
      if (item.id === 'u3') break;
    }
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('passes an already-aborted caller signal on to the source', async () => {
    const controller = new AbortController();
    controller.abort();
    const { source } = numberedSource(2, { concurrency: 1 });
    const seen: boolean[] = [];
    const spy = async function* (signal: AbortSignal) {
      seen.push(signal.aborted);
      yield* source(signal);
    };
    await new PagedIterable(spy, controller.signal).toArray();
    expect(seen).toEqual([true]);
  });
});
