import { describe, expect, it } from 'vitest';
import { IncompleteListingError, InvalidResponseError, PaginationError } from '../src/errors.js';
import {
  type CursorPage,
  cursorPages,
  MAX_EMPTY_PAGES,
  type NumberedPage,
  type NumberedPagesOptions,
  numberedPages,
  PagedIterable,
  type PageFetchContext,
} from '../src/pagination.js';

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
  const signals: Array<AbortSignal | undefined> = [];
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
      // Once page 2 (rate limited) is consumed, at most 3 pages beyond the current one may be started
      // (4 without the 429: the pager keeps `concurrency` pages requested ahead of the consumer; halved
      // to 2, it climbs back only to one below the level the 429 came at).
      if (n >= 6) inFlightAfterHalving = Math.max(inFlightAfterHalving, started.filter((s) => s > n).length);
    }
    expect(inFlightAfterHalving).toBeLessThanOrEqual(3);
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
    // Page 1 is awaited by the consumer (no caller signal here); every page fetched ahead is cancelled.
    const ahead = signals.slice(1);
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.every((s) => s?.aborted === true)).toBe(true);
  });

  it("sends page 1 with the caller's own signal, and pages fetched ahead with one that ends with the iteration", async () => {
    const caller = new AbortController();
    const { source, signals } = numberedSource(6, { concurrency: 2 });
    for await (const item of new PagedIterable(source, caller.signal)) {
      if (item.id === 'u2') break;
    }
    // The consumer waits for page 1 and cannot stop meanwhile: no signal of the listing's own is made for it.
    expect(signals[0]).toBe(caller.signal);
    const ahead = signals.slice(1);
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.every((s) => s !== caller.signal && s?.aborted === true)).toBe(true);
    expect(caller.signal.aborted).toBe(false);
  });

  it('aborts the pages fetched ahead when the caller aborts', async () => {
    const caller = new AbortController();
    const { source, signals } = numberedSource(6, { concurrency: 3 });
    const listing = new PagedIterable(source, caller.signal)[Symbol.asyncIterator]();
    await listing.next();
    const ahead = signals.slice(1);
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.some((s) => s?.aborted)).toBe(false);
    caller.abort(new Error('caller stopped'));
    expect(ahead.every((s) => s?.aborted === true)).toBe(true);
    await listing.return?.();
  });

  it.each([
    [
      'ends',
      async (pages: AsyncGenerator<unknown>) => {
        for await (const _ of pages);
      },
    ],
    [
      'is left by return()',
      async (pages: AsyncGenerator<unknown>) => {
        await pages.next();
        await pages.return(undefined);
      },
    ],
    [
      'is returned before it starts',
      async (pages: AsyncGenerator<unknown>) => {
        await pages.return(undefined);
      },
    ],
  ])('pages() behaves as a generator when the iteration %s', async (_name, walk) => {
    const { source } = numberedSource(3, { concurrency: 1 });
    const pages = new PagedIterable(source).pages();
    await walk(pages);
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  it('hands whatever the source throws to mapError before the consumer sees it', async () => {
    const source = numberedPages<Item, null>(
      async (n) => {
        if (n === 2) throw new Error('page 2 failed with key sk-secret');
        return { data: items(`u${n}`), body: null, totalPages: 3, pageNumber: n };
      },
      { concurrency: 1 },
    );
    const mapError = (error: unknown) => new Error(String((error as Error).message).replace('sk-secret', '***'));
    const listing = new PagedIterable(source, undefined, { mapError });
    await expect(listing.toArray()).rejects.toThrow('page 2 failed with key ***');
    const pages = listing.pages();
    await pages.next();
    await expect(pages.next()).rejects.toThrow('page 2 failed with key ***');
    expect(await pages.next()).toEqual({ done: true, value: undefined });
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

/**
 * A numbered source over `pages` (page n is `pages[n - 1]`), stating `totalResults` on every page;
 * `pass` counts how often page 1 was asked, so a test can serve a later pass differently.
 */
function listing(
  pages: (pass: number) => Array<Partial<NumberedPage<Item, null>> & { data: Item[] }>,
  /** The page size asked for; null asks for none. */
  pageSize: number | null = 2,
) {
  let pass = 0;
  const requested: number[] = [];
  const source = numberedPages<Item, null>(
    async (n) => {
      if (n === 1) pass++;
      requested.push(n);
      const all = pages(pass);
      const page = all[n - 1] ?? { data: [] };
      return { body: null, totalPages: all.length, pageNumber: n, ...page };
    },
    { concurrency: 2, pageSize: pageSize ?? undefined },
  );
  return { source, requested, passes: () => pass };
}

/** Every item a `for await` hands out, and what it threw at the end. */
async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

const ids = (list: Item[]) => list.map((item) => item.id);

describe('numberedPages: pages answered ahead', () => {
  /** A source whose pages come back encoded; `decodedAt` records, per decode, how many items the consumer had by then. */
  function encodedSource(total: number, broken?: number) {
    const decodes: number[] = [];
    let handedOut = 0;
    const source = numberedPages<Item, null>(
      async (n) => ({
        bytes: 100,
        decode: () => {
          decodes.push(n);
          if (n === broken) throw new InvalidResponseError('telnyx', 'the response body is not valid JSON.');
          return { data: items(`u${n}`), body: null, totalPages: total, pageNumber: n };
        },
      }),
      { concurrency: 4 },
    );
    return { source, decodes, step: () => handedOut++ };
  }

  it('decodes a page fetched ahead only when the consumer reaches it', async () => {
    const { source, decodes, step } = encodedSource(12);
    const decodedBefore: number[] = [];
    for await (const item of new PagedIterable(source)) {
      // Pages 2+ have been answered by now (they resolve at once) but stay encoded until their turn.
      decodedBefore.push(decodes.length);
      expect(item.id).toBe(`u${decodes.length}`);
      step();
    }
    expect(decodes).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(decodedBefore).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('a page that fails to decode ends the listing with its error, after every item before it', async () => {
    const { source } = encodedSource(6, 4);
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(ids(got)).toEqual(['u1', 'u2', 'u3']);
    expect(error).toBeInstanceOf(InvalidResponseError);
  });
});

describe('numberedPages: paging meta', () => {
  it.each([
    ['total_pages 2.5', { totalPages: 2.5 }, /total_pages 2.5/],
    ['total_pages -1', { totalPages: -1 }, /total_pages -1/],
    ['total_pages Infinity (1e999 in JSON)', { totalPages: Number.POSITIVE_INFINITY }, /total_pages/],
    ['total_pages NaN', { totalPages: Number.NaN }, /total_pages/],
    ['total_pages 0 with items', { totalPages: 0, totalResults: undefined }, /Page 1 has 2 items but total_pages is 0/],
    ['total_pages beyond a safe integer', { totalPages: 2 ** 60 }, /total_pages/],
    ['page_number 1.5', { pageNumber: 1.5 }, /page_number 1.5/],
    ['page_size 0', { pageSize: 0 }, /page_size 0/],
    ['total_results -3', { totalResults: -3 }, /total_results -3/],
    [
      'total_pages that does not fit total_results',
      { totalPages: 3, totalResults: 4 },
      /4 results at page size 2 make 2/,
    ],
  ])('%s on page 1 is a PaginationError before any page is handed out', async (_name, meta, message) => {
    const { source, requested } = listing(() => [
      { data: items('a', 'b'), totalResults: 4, ...meta },
      { data: items('c', 'd') },
    ]);
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(got).toEqual([]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).not.toBeInstanceOf(IncompleteListingError);
    expect(String(error)).toMatch(message);
    expect(requested).toEqual([1]);
  });

  it.each([
    ['total_pages 2.5', { totalPages: 2.5 }],
    ['total_results Infinity', { totalResults: Number.POSITIVE_INFINITY }],
    ['page_number -1', { pageNumber: -1 }],
  ])('%s on a later page is a PaginationError there', async (_name, meta) => {
    const { source } = listing(() => [
      { data: items('a', 'b') },
      { data: items('c', 'd'), ...meta },
      { data: items('e') },
    ]);
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(ids(got)).toEqual(['a', 'b']);
    expect(error).toBeInstanceOf(PaginationError);
  });

  it.each([0, 1])('an empty listing of %i pages is fine', async (totalPages) => {
    const { source } = listing(() => [{ data: [], totalPages, totalResults: 0 }]);
    expect(await new PagedIterable(source).toArray()).toEqual([]);
  });
});

describe('numberedPages: exactly once', () => {
  /** Two users shift by one between page 1 and page 2, as when a user is added while paging. */
  const shifted = () => [
    { data: items('a', 'b'), totalResults: 5 },
    { data: items('b', 'c'), totalResults: 5 },
    { data: items('d', 'e'), totalResults: 5 },
  ];

  it.each([
    [
      'an id on two pages (users shifted by one)',
      shifted,
      ['a', 'b', 'c', 'd', 'e'],
      { expected: 5, received: 5, duplicates: 1, pages: [2] },
    ],
    [
      'a middle page shorter than the page size',
      () => [{ data: items('a', 'b') }, { data: items('c') }, { data: items('e', 'f') }],
      ['a', 'b', 'c', 'e', 'f'],
      { expected: undefined, received: 5, duplicates: 0, pages: [2] },
    ],
    [
      'total_results that changes between pages',
      () => [
        { data: items('a', 'b'), totalResults: 5 },
        { data: items('c', 'd'), totalResults: 6 },
        { data: items('e', 'f'), totalResults: 6 },
      ],
      ['a', 'b', 'c', 'd', 'e', 'f'],
      { expected: 6, received: 6, pages: [2] },
    ],
    [
      'a distinct count other than total_results (a user skipped)',
      () => [
        { data: items('a', 'b'), totalResults: 6 },
        { data: items('d', 'e'), totalResults: 6 },
        { data: items('f'), totalResults: 6 },
      ],
      ['a', 'b', 'd', 'e', 'f'],
      { expected: 6, received: 5, duplicates: 0 },
    ],
    [
      'total_pages that changes between pages',
      () => [{ data: items('a', 'b') }, { data: items('c', 'd'), totalPages: 3 }],
      ['a', 'b', 'c', 'd'],
      { pages: [2] },
    ],
  ])('%s: for await hands out each id once, then throws IncompleteListingError', async (_n, pages, handed, report) => {
    const { source } = listing(pages);
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(ids(got)).toEqual(handed);
    expect(error).toBeInstanceOf(IncompleteListingError);
    expect(error).toMatchObject({ ...report, passes: 1 });
    expect(String(error)).toMatch(/expected .* users, received \d+ distinct/);
  });

  it('pages() drops the repeated id from its page, then throws at the end', async () => {
    const { source } = listing(shifted);
    const seen: string[][] = [];
    const error = await (async () => {
      for await (const page of new PagedIterable(source).pages()) seen.push(ids(page.data));
    })().catch((e: unknown) => e);
    expect(seen).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(error).toBeInstanceOf(IncompleteListingError);
  });

  it('with no page size stated, page 1’s length is the size of every page but the last', async () => {
    const { source } = listing(
      () => [{ data: items('a', 'b', 'c') }, { data: items('d', 'e') }, { data: items('f') }],
      null,
    );
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(ids(got)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(error).toMatchObject({ name: 'IncompleteListingError', pages: [2] });
  });

  it('an empty middle page stops the paging at once (no walk through thousands of empty pages)', async () => {
    const { source, requested } = listing(() => [
      { data: items('a', 'b') },
      { data: [] },
      ...Array.from({ length: 5_000 }, (_, i) => ({ data: items(`x${i}`, `y${i}`) })),
    ]);
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(ids(got)).toEqual(['a', 'b']);
    expect(error).toBeInstanceOf(IncompleteListingError);
    expect(Math.max(...requested)).toBeLessThanOrEqual(4);
  });

  it('toArray lists again from page 1 and returns the first consistent pass', async () => {
    const { source, passes } = listing((pass) =>
      pass === 1
        ? shifted()
        : [
            { data: items('x', 'a'), totalResults: 6 },
            { data: items('b', 'c'), totalResults: 6 },
            { data: items('d', 'e'), totalResults: 6 },
          ],
    );
    expect(ids(await new PagedIterable(source).toArray())).toEqual(['x', 'a', 'b', 'c', 'd', 'e']);
    expect(passes()).toBe(2);
  });

  it.each([0, 1, 2, 5])('toArray with maxRelists %i throws after that many more passes', async (maxRelists) => {
    const { source, passes } = listing(shifted);
    const error = await new PagedIterable(source, undefined, { maxRelists }).toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncompleteListingError);
    expect(error).toMatchObject({ passes: maxRelists + 1, expected: 5, received: 5, duplicates: 1 });
    expect(passes()).toBe(maxRelists + 1);
  });

  it('toArray does not list again after an error that is not an inconsistency', async () => {
    const { source, passes } = listing(() => [{ data: items('a', 'b'), totalPages: 2.5 }]);
    await expect(new PagedIterable(source).toArray()).rejects.toThrow(PaginationError);
    expect(passes()).toBe(1);
  });
});

describe('cursorPages: exactly once', () => {
  it('an id repeated on a later page is skipped and counted; the listing ends with IncompleteListingError', async () => {
    // The chaos find: a page resized to one item, then a page that starts over from the first item.
    const source = cursorSource({
      '': { data: items('u0'), hasMore: true },
      u0: { data: items('u0', 'u1', 'u2'), hasMore: true },
      u2: { data: items('u3'), hasMore: false },
    });
    const { items: got, error } = await drain(new PagedIterable(source));
    expect(ids(got)).toEqual(['u0', 'u1', 'u2', 'u3']);
    expect(error).toBeInstanceOf(IncompleteListingError);
    expect(error).toMatchObject({ expected: undefined, received: 4, duplicates: 1, pages: [2] });
  });

  it('toArray lists again until a pass has no repeat', async () => {
    let pass = 0;
    const source = cursorPages<Item, null>(async (after) => {
      if (after === undefined) pass++;
      const table: Record<string, Omit<CursorPage<Item, null>, 'body'>> = {
        '': { data: items('a', 'b'), hasMore: true },
        b: { data: pass === 1 ? items('b', 'c') : items('c'), hasMore: true },
        c: { data: items('d'), hasMore: false },
      };
      return { ...(table[after ?? ''] as Omit<CursorPage<Item, null>, 'body'>), body: null };
    });
    expect(ids(await new PagedIterable(source).toArray())).toEqual(['a', 'b', 'c', 'd']);
    expect(pass).toBe(2);
  });

  it.each([
    [MAX_EMPTY_PAGES, 'ends normally'],
    [MAX_EMPTY_PAGES + 1, 'is a PaginationError'],
  ])('%i empty pages in a row with has_more and a new cursor each: %s', async (empties, _outcome) => {
    const table: Record<string, Omit<CursorPage<Item, null>, 'body'>> = {
      '': { data: items('a'), hasMore: true, next: 'e1' },
    };
    for (let i = 1; i <= empties; i++) table[`e${i}`] = { data: [], hasMore: true, next: `e${i + 1}` };
    table[`e${empties + 1}`] = { data: items('b'), hasMore: false };
    const result = new PagedIterable(cursorSource(table)).toArray();
    if (empties <= MAX_EMPTY_PAGES) expect(ids(await result)).toEqual(['a', 'b']);
    else await expect(result).rejects.toThrow(/empty pages in a row/);
  });

  it('endless empty pages with has_more and new cursors stop after a few requests', async () => {
    let calls = 0;
    const source = cursorPages<Item, null>(async () => ({ data: [], body: null, hasMore: true, next: `c${++calls}` }));
    await expect(new PagedIterable(source).toArray()).rejects.toThrow(PaginationError);
    expect(calls).toBe(MAX_EMPTY_PAGES + 1);
  });
});

/**
 * A numbered source whose requests the test answers one at a time, oldest first, so what the
 * pager keeps in flight is fully determined by what the answers said (no timers involved).
 */
function manualSource(
  total: number,
  options: NumberedPagesOptions,
  answer: (
    n: number,
    inFlight: number,
    ctx: PageFetchContext,
  ) => { headers?: Headers; bytes?: number } | 'rate-limited',
) {
  const waiting: Array<() => void> = [];
  /** Retries waiting out their backoff, in driver steps (a real backoff outlasts many answers). */
  const backingOff: Array<{ steps: number; resume: () => void }> = [];
  /** Requests in flight (at the fake fetch) when each request starts, itself included. */
  const inFlightAtStart: number[] = [];
  /** Page number → requests in flight when its answered request started. */
  const startedAt = new Map<number, number>();
  let inFlight = 0;
  let rateLimited = 0;
  let requests = 0;
  const source = numberedPages<Item, null>(async (n, ctx) => {
    for (;;) {
      requests++;
      inFlight++;
      const mine = inFlight;
      inFlightAtStart.push(mine);
      await new Promise<void>((resolve) => waiting.push(resolve));
      const said = answer(n, mine, ctx);
      inFlight--;
      if (said === 'rate-limited') {
        // As the retrying fetch does: tell the pager, back off, then send the request again.
        rateLimited++;
        ctx.onRateLimited();
        await new Promise<void>((resume) => backingOff.push({ steps: RETRY_STEPS, resume }));
        continue;
      }
      if (said.headers) ctx.onHeaders(said.headers);
      startedAt.set(n, mine);
      return { data: items(`u${n}`), body: null, totalPages: total, pageNumber: n, bytes: said.bytes };
    }
  }, options);
  /** Collects every item, answering the oldest waiting request whenever nothing else can move. */
  const run = async (): Promise<string[]> => {
    let done = false;
    const listing = new PagedIterable(source)
      .toArray()
      .then((list) => list.map((item) => item.id))
      .finally(() => {
        done = true;
      });
    // Bounded: each step answers one request, and a listing of `total` pages needs at most a few per page.
    for (let step = 0; step < total * 20 && !done; step++) {
      await new Promise((resolve) => setImmediate(resolve));
      waiting.shift()?.();
      for (const retry of backingOff.splice(0)) {
        if (--retry.steps <= 0) retry.resume();
        else backingOff.push(retry);
      }
    }
    return listing;
  };
  /** The most requests in flight when pages `from`…`to` started. */
  const most = (from: number, to: number) =>
    Math.max(...upTo(to - from + 1).map((_, i) => startedAt.get(from + i) ?? 0));
  return { run, inFlightAtStart, most, stats: () => ({ requests, rateLimited }) };
}

/** Driver steps (answers) a rate-limited request waits before it is sent again. */
const RETRY_STEPS = 8;

const upTo = (total: number) => Array.from({ length: total }, (_, i) => `u${i + 1}`);

describe('numberedPages: adaptive concurrency', () => {
  it('starts at `concurrency` and adds one per full window answered, up to `maxConcurrency`', async () => {
    const { run, inFlightAtStart } = manualSource(200, { concurrency: 4, maxConcurrency: 16 }, () => ({}));
    expect(await run()).toEqual(upTo(200));
    // Page 1 alone, then the first window of 4.
    expect(inFlightAtStart.slice(0, 5)).toEqual([1, 1, 2, 3, 4]);
    expect(Math.max(...inFlightAtStart)).toBe(16);
    // Additive increase: the most in flight so far grows one request at a time, never in a jump.
    let most = 0;
    for (const n of inFlightAtStart) {
      expect(n).toBeLessThanOrEqual(most + 1);
      most = Math.max(most, n);
    }
  });

  it.each([1, 3, 6])('stays at %i when concurrency and maxConcurrency are equal', async (level) => {
    const { run, inFlightAtStart } = manualSource(60, { concurrency: level, maxConcurrency: level }, () => ({}));
    expect(await run()).toEqual(upTo(60));
    expect(Math.max(...inFlightAtStart)).toBe(level);
  });

  it('halves on a 429 and then stays below the level it came at', async () => {
    const { run, inFlightAtStart } = manualSource(100, { concurrency: 8, maxConcurrency: 16 }, (n) =>
      n === 20 && inFlightAtStart.length < 40 ? 'rate-limited' : {},
    );
    expect(await run()).toEqual(upTo(100));
    const at429 = inFlightAtStart.slice(0, 25);
    const late = inFlightAtStart.slice(-40);
    expect(Math.max(...at429)).toBeGreaterThan(8);
    // The level the 429 came at is never reached again.
    expect(Math.max(...late)).toBeLessThan(Math.max(...at429));
  });

  it('gets every item from a server that refuses more than 6 requests in flight, with few 429s', async () => {
    const { run, stats, inFlightAtStart } = manualSource(400, { concurrency: 4, maxConcurrency: 16 }, (_n, inFlight) =>
      inFlight > 6 ? 'rate-limited' : {},
    );
    expect(await run()).toEqual(upTo(400));
    const { requests, rateLimited } = stats();
    expect(rateLimited).toBeGreaterThan(0);
    expect(rateLimited / requests).toBeLessThanOrEqual(0.1);
    // Most of the listing runs at the server's limit, not far below it.
    expect(inFlightAtStart.filter((n) => n === 6).length).toBeGreaterThan(100);
  });

  it.each([
    ['x-ratelimit-remaining at a tenth of the limit', { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '100' }],
    [
      'x-ratelimit-remaining below the requests in flight',
      { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '3' },
    ],
    ['a Retry-After', { 'retry-after': '1' }],
    ['a retry-after-ms', { 'retry-after-ms': '10' }],
  ])('halves once per window when answers carry %s', async (_name, headers) => {
    const { run, most } = manualSource(60, { concurrency: 8, maxConcurrency: 8 }, (n) =>
      n >= 10 && n <= 13 ? { headers: new Headers(headers) } : {},
    );
    expect(await run()).toEqual(upTo(60));
    // 8 in flight until page 10 says so. Pages 11–13 say it too, but they started before the halving
    // (the same window), so the level drops once, to 4, not to 1; pages 2–17 were requested at 8.
    expect(most(2, 17)).toBe(8);
    expect(most(18, 21)).toBe(4);
    // Then it climbs back to its fixed level.
    expect(most(50, 60)).toBe(8);
  });

  it.each([
    ['a healthy budget', { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '900' }],
    ['unreadable numbers', { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': 'some' }],
    ['an empty remaining count', { 'x-ratelimit-remaining': ' ' }],
  ])('does not slow down for %s', async (_name, headers) => {
    const { run, most } = manualSource(60, { concurrency: 8, maxConcurrency: 8 }, () => ({
      headers: new Headers(headers),
    }));
    expect(await run()).toEqual(upTo(60));
    // Every page in the steady part of the listing started with the full 8 in flight.
    for (let n = 10; n <= 50; n++) expect(most(n, n)).toBe(8);
  });

  it('fetches ahead no more page bytes than maxPrefetchBytes, but always the page the consumer waits for', async () => {
    const { run, inFlightAtStart } = manualSource(
      40,
      { concurrency: 16, maxConcurrency: 16, maxPrefetchBytes: 3_000 },
      () => ({ bytes: 1_000 }),
    );
    expect(await run()).toEqual(upTo(40));
    expect(Math.max(...inFlightAtStart)).toBe(3);
    const tiny = manualSource(10, { concurrency: 4, maxConcurrency: 4, maxPrefetchBytes: 1 }, () => ({ bytes: 1_000 }));
    expect(await tiny.run()).toEqual(upTo(10));
    expect(Math.max(...tiny.inFlightAtStart)).toBe(1);
  });

  it('by default leaves room for fifteen 68 KiB pages (250 Telnyx users each) ahead, near the ceiling of 16', async () => {
    const { run, inFlightAtStart } = manualSource(60, { concurrency: 16, maxConcurrency: 16 }, () => ({
      bytes: 68 * 1024,
    }));
    expect(await run()).toEqual(upTo(60));
    expect(Math.max(...inFlightAtStart)).toBe(15);
  });
});
