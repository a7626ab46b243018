import { PaginationError } from './errors.js';
import { pageFingerprint } from './internal/page-fingerprint.js';
import { PageItems } from './internal/page-items.js';

/** One page of a listing: its items, and the whole response body it came from (meta, cursors). */
export interface Page<T, B = unknown> {
  data: T[];
  body: B;
}

// One reason for every stopped listing: building a DOMException costs more than a page request's
// own bookkeeping, and nothing tells stops apart by their reason.
const STOPPED = new DOMException('pagination stopped', 'AbortError');

/** Produces the pages of one listing; aborting the signal must cancel requests in flight. */
export type PageSource<T, B> = (signal: AbortSignal) => AsyncGenerator<Page<T, B>, void, undefined>;

/**
 * An auto-paginating listing: `for await` over items, `pages()` over pages, or `toArray()`.
 * Nothing is requested until iteration starts; each iteration starts over. Leaving a `for await`
 * early (`break`, `return`, a throw) aborts the requests still in flight.
 */
export class PagedIterable<T, B = unknown> implements AsyncIterable<T> {
  readonly #source: PageSource<T, B>;
  readonly #signal: AbortSignal | undefined;

  constructor(source: PageSource<T, B>, signal?: AbortSignal) {
    this.#source = source;
    this.#signal = signal;
  }

  /** Iterates page by page, in order. */
  async *pages(): AsyncGenerator<Page<T, B>, void, undefined> {
    const controller = new AbortController();
    const caller = this.#signal;
    const onAbort = () => controller.abort(caller?.reason);
    if (caller?.aborted) onAbort();
    caller?.addEventListener('abort', onAbort, { once: true });
    try {
      yield* this.#source(controller.signal);
    } finally {
      caller?.removeEventListener('abort', onAbort);
      // Reached on completion, on error and on an early `break`: cancel whatever is still running.
      controller.abort(STOPPED);
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    return new PageItems<T>(this.pages());
  }

  /** Collects every item of every page. */
  async toArray(): Promise<T[]> {
    const items: T[] = [];
    for await (const page of this.pages()) for (const item of page.data) items.push(item);
    return items;
  }
}

/** What a cursor-paged endpoint answers, after the vendor adapter has checked the shape. */
export interface CursorPage<T, B> {
  data: T[];
  body: B;
  hasMore: boolean;
  /** The response's own next cursor, when it sends one (OpenAI `next`). */
  next?: string | null | undefined;
}

/**
 * Cursor pagination: use the response's `next` when present, else the last item's `id`, and stop
 * when `hasMore` is false. A cursor seen before (or no cursor while `hasMore`) is a PaginationError,
 * never an endless loop.
 */
export function cursorPages<T extends { id?: unknown }, B>(
  fetchPage: (after: string | undefined, signal: AbortSignal) => Promise<CursorPage<T, B>>,
  start?: string,
): PageSource<T, B> {
  return async function* (signal) {
    const seen = new Set<string>(start === undefined ? [] : [start]);
    let after = start;
    for (;;) {
      const page = await fetchPage(after, signal);
      yield { data: page.data, body: page.body };
      if (!page.hasMore) return;
      const last = page.data.at(-1)?.id;
      const next = page.next ?? (typeof last === 'string' ? last : undefined);
      if (!next) throw new PaginationError('The server reported more results but gave no cursor to fetch them.');
      if (seen.has(next)) throw new PaginationError(`The server repeated the cursor "${next}".`);
      seen.add(next);
      after = next;
    }
  };
}

/** What a page-number endpoint answers, after the vendor adapter has checked the shape. */
export interface NumberedPage<T, B> {
  data: T[];
  body: B;
  totalPages: number;
  /** The page number the server says it returned, when it says. */
  pageNumber?: number | undefined;
  /** The page size the server says it used, when it says. */
  pageSize?: number | undefined;
}

/** Per-listing controls for {@link numberedPages}. */
export interface NumberedPagesOptions {
  concurrency: number;
  /** The page size asked for; when absent, the first page's reported size is expected throughout. */
  pageSize?: number | undefined;
}

/** Lets a page fetch tell the pager it was rate limited, so the pager can halve its concurrency. */
export interface PageFetchContext {
  signal: AbortSignal;
  onRateLimited(): void;
}

/**
 * Page-number pagination: fetch page 1 to learn `totalPages`, then keep the next `concurrency`
 * pages (halved on each 429) requested ahead of the consumer, yielding in page order. A page whose
 * number contradicts the request, whose ids exactly repeat an earlier page, or whose size differs
 * from the one asked for (which would shift items between pages) is a PaginationError.
 */
export function numberedPages<T extends { id?: unknown }, B>(
  fetchPage: (pageNumber: number, context: PageFetchContext) => Promise<NumberedPage<T, B>>,
  options: NumberedPagesOptions,
): PageSource<T, B> {
  return async function* (signal) {
    let limit = Math.max(1, Math.floor(options.concurrency));
    const context: PageFetchContext = {
      signal,
      onRateLimited() {
        limit = Math.max(1, Math.floor(limit / 2));
      },
    };
    const first = await fetchPage(1, context);
    const total = first.totalPages;
    const check = pageChecker<T, B>(total, options.pageSize);
    check(1, first);

    const inFlight = new Map<number, Promise<NumberedPage<T, B>>>();
    let nextToStart = 2;
    // Keeps pages `consumed + 1 … consumed + limit` requested. Called before each yield, so the
    // window stays full while the consumer works through a page.
    const fill = (consumed: number) => {
      for (; nextToStart <= total && nextToStart <= consumed + limit; nextToStart++) {
        const pending = fetchPage(nextToStart, context);
        // Settled here so a rejection of a page we never reach is not reported as unhandled.
        pending.catch(() => {});
        inFlight.set(nextToStart, pending);
      }
    };
    fill(1);
    yield { data: first.data, body: first.body };

    for (let wanted = 2; wanted <= total; wanted++) {
      const page = await (inFlight.get(wanted) as Promise<NumberedPage<T, B>>);
      inFlight.delete(wanted);
      check(wanted, page);
      fill(wanted);
      yield { data: page.data, body: page.body };
    }
  };
}

/**
 * The per-page checks of {@link numberedPages}. Earlier pages are remembered by a short
 * fingerprint of their ids, not the ids themselves, so memory stays flat over millions of users.
 */
function pageChecker<T extends { id?: unknown }, B>(total: number, pageSize: number | undefined) {
  const seen = new Map<string, number>();
  let size = pageSize;
  return (requested: number, page: NumberedPage<T, B>): void => {
    if (page.pageNumber !== undefined && page.pageNumber !== requested) {
      throw new PaginationError(`Asked for page ${requested} but the server returned page ${page.pageNumber}.`);
    }
    size ??= page.pageSize;
    const short = requested < total && size !== undefined && page.data.length < size;
    if (
      (page.pageSize !== undefined && page.pageSize !== size) ||
      (size !== undefined && page.data.length > size) ||
      short
    ) {
      throw new PaginationError(
        `Page ${requested} has ${page.data.length} items at page size ${page.pageSize ?? 'unstated'}; expected ${short ? '' : 'at most '}${size}.`,
      );
    }
    if (page.data.length === 0) return;
    const key = pageFingerprint(page.data);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PaginationError(`Page ${requested} repeats the items of page ${earlier}.`);
    }
    seen.set(key, requested);
  };
}
