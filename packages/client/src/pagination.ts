import { setMaxListeners } from 'node:events';
import { IncompleteListingError, PaginationError } from './errors.js';
import { AdaptiveLimit, budgetNearlySpent } from './internal/adaptive-limit.js';
import { NUMERIC_OPTIONS } from './internal/config.js';
import { pageFingerprint } from './internal/page-fingerprint.js';
import { type Page, PageItems } from './internal/page-items.js';
import { SeenIds } from './internal/seen-ids.js';

export type { Page } from './internal/page-items.js';

// One reason for every stopped listing: building a DOMException costs more than a page request's
// own bookkeeping, and nothing tells stops apart by their reason.
const STOPPED = new DOMException('pagination stopped', 'AbortError');

/** Listeners a listing's signal may hold before Node warns of a leak: a few for each of up to 64 requests. */
const MAX_SIGNAL_LISTENERS = 256;

/** Produces the pages of one listing; aborting the signal must cancel requests in flight. */
export type PageSource<T, B> = (signal: AbortSignal) => AsyncGenerator<Page<T, B>, void, undefined>;

/**
 * The signals of one iteration of a listing. A request the consumer is waiting for needs only the
 * caller's signal (the consumer cannot stop the listing while it waits: its `return()` is queued
 * behind the pending `next()`); a request made ahead of the consumer needs `ahead`, which also
 * aborts when the iteration ends. `ahead` is made on first use, so a listing that never fetches
 * ahead (one page, or cursor paging) makes no AbortController of its own: in Node, making one
 * costs more than the rest of a first page's bookkeeping together.
 */
export interface PageSignals {
  /** The caller's signal, for a request the consumer is waiting for. */
  readonly awaited: AbortSignal | undefined;
  /** Aborts when the caller's signal does or the iteration ends (completion, error, early `break`). */
  readonly ahead: AbortSignal;
}

/** A page source that takes {@link PageSignals}; a plain AbortSignal still works (it is used for both). */
export type SignalledPageSource<T, B> = ((
  signals: PageSignals | AbortSignal,
) => AsyncGenerator<Page<T, B>, void, undefined>) &
  PageSource<T, B> & { readonly [SIGNALLED]: true };

/** Marks the sources made here (numberedPages, cursorPages): they are handed PageSignals rather than one AbortSignal. */
const SIGNALLED: unique symbol = Symbol('orgdir.signalledPageSource');

/** Marks `source` as taking {@link PageSignals}. */
function signalled<T, B>(
  source: (signals: PageSignals) => AsyncGenerator<Page<T, B>, void, undefined>,
): SignalledPageSource<T, B> {
  const accepting = (signals: PageSignals | AbortSignal) =>
    source(signals instanceof AbortSignal ? { awaited: signals, ahead: signals } : signals);
  return Object.assign(accepting, { [SIGNALLED]: true as const });
}

/** True for a source made by {@link signalled}. */
const isSignalled = <T, B>(source: PageSource<T, B>): source is SignalledPageSource<T, B> =>
  (source as Partial<Record<typeof SIGNALLED, true>>)[SIGNALLED] === true;

/** The PageSignals of one iteration: `ahead` made on first use and tied to the caller's signal. */
class IterationSignals implements PageSignals {
  readonly awaited: AbortSignal | undefined;
  #controller: AbortController | undefined;
  #onAbort: (() => void) | undefined;

  constructor(caller: AbortSignal | undefined) {
    this.awaited = caller;
  }

  get ahead(): AbortSignal {
    if (this.#controller === undefined) {
      const controller = new AbortController();
      this.#controller = controller;
      // Every request in flight listens to this signal (up to 64 pages at once, a few listeners each):
      // not the leak Node warns about past 10.
      setMaxListeners(MAX_SIGNAL_LISTENERS, controller.signal);
      const caller = this.awaited;
      if (caller?.aborted) controller.abort(caller.reason);
      else if (caller) {
        const onAbort = () => controller.abort(caller.reason);
        this.#onAbort = onAbort;
        caller.addEventListener('abort', onAbort, { once: true });
      }
    }
    return this.#controller.signal;
  }

  /** Ends the iteration: cancels whatever was started ahead and is still running. */
  stop(): void {
    if (this.#onAbort) this.awaited?.removeEventListener('abort', this.#onAbort);
    this.#controller?.abort(STOPPED);
  }
}

/**
 * The pages of one iteration: the source's own generator, passed through, which also stops the
 * iteration's signals once the pages end (completion, error, `return()`) and replaces an error the
 * source throws by `mapError`'s. Hand-written rather than an `async *` wrapping `yield*`: that adds
 * an async generator's promise round trips to every page, the largest cost of a one-page listing.
 * Calls are queued by the source generator itself, so this behaves as the wrapping generator would.
 */
class IterationPages<T, B> implements AsyncGenerator<Page<T, B>, void, undefined> {
  readonly #pages: AsyncGenerator<Page<T, B>, void, undefined>;
  readonly #signals: IterationSignals;
  readonly #mapError: ((error: unknown) => unknown) | undefined;

  constructor(
    pages: AsyncGenerator<Page<T, B>, void, undefined>,
    signals: IterationSignals,
    mapError: ((error: unknown) => unknown) | undefined,
  ) {
    this.#pages = pages;
    this.#signals = signals;
    this.#mapError = mapError;
  }

  next(): Promise<IteratorResult<Page<T, B>, void>> {
    return this.#settle(this.#pages.next());
  }

  return(): Promise<IteratorResult<Page<T, B>, void>> {
    return this.#settle(this.#pages.return(undefined));
  }

  throw(error: unknown): Promise<IteratorResult<Page<T, B>, void>> {
    return this.#settle(this.#pages.throw(error));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #settle(step: Promise<IteratorResult<Page<T, B>, void>>): Promise<IteratorResult<Page<T, B>, void>> {
    return step.then(
      (result) => {
        // Cancels whatever is still running ahead of the consumer.
        if (result.done === true) this.#signals.stop();
        return result;
      },
      (error: unknown) => {
        this.#signals.stop();
        throw this.#mapError === undefined ? error : this.#mapError(error);
      },
    );
  }
}

/** How many times `toArray()` lists again after an inconsistent pass, unless the client says otherwise. */
const DEFAULT_MAX_RELISTS = NUMERIC_OPTIONS.maxRelists.default;

/** Options of {@link PagedIterable}. */
export interface PagedIterableOptions {
  /** Times `toArray()` walks the listing again from page 1 after an inconsistent pass. Default 2. */
  maxRelists?: number | undefined;
  /** Replaces whatever the source throws before it reaches the consumer (the vendor clients scrub the API key out). */
  mapError?: ((error: unknown) => unknown) | undefined;
}

/**
 * An auto-paginating listing: `for await` over items, `pages()` over pages, or `toArray()`.
 * Nothing is requested until iteration starts; each iteration starts over. Leaving a `for await`
 * early (`break`, `return`, a throw) aborts the requests still in flight.
 *
 * Exactly once: no iteration hands out an id twice (a repeated id is dropped from its page, also
 * for `pages()`). When the listing shows it changed while being paged (an id on two pages, a short
 * page in the middle, a total that moved or does not match what was listed), `for await` and
 * `pages()` end with an {@link IncompleteListingError} after the last page, so what was handed out
 * must not be taken as the whole listing; `toArray()` lists again instead (see there).
 */
export class PagedIterable<T, B = unknown> implements AsyncIterable<T> {
  readonly #source: PageSource<T, B>;
  readonly #signal: AbortSignal | undefined;
  readonly #mapError: ((error: unknown) => unknown) | undefined;
  /** Times `toArray()` lists again from page 1 after an inconsistent pass. */
  readonly maxRelists: number;

  constructor(source: PageSource<T, B>, signal?: AbortSignal, options: PagedIterableOptions = {}) {
    this.#source = source;
    this.#signal = signal;
    this.maxRelists = options.maxRelists ?? DEFAULT_MAX_RELISTS;
    this.#mapError = options.mapError;
  }

  /** Iterates page by page, in order; ends with an IncompleteListingError when the listing changed meanwhile. */
  pages(): AsyncGenerator<Page<T, B>, void, undefined> {
    const signals = new IterationSignals(this.#signal);
    const source = this.#source;
    const pages = isSignalled(source) ? source(signals) : source(signals.ahead);
    return new IterationPages(pages, signals, this.#mapError);
  }

  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    return new PageItems<T>(this.pages());
  }

  /**
   * Collects every item of every page, each id once. When a pass shows the listing changed while
   * it was paged, lists again from page 1, up to `maxRelists` times (client option, default 2),
   * and returns the first consistent pass; when none is, throws the last pass's
   * {@link IncompleteListingError}. Never returns a listing known to be inconsistent.
   */
  toArray(): Promise<T[]> {
    return collectPages(this);
  }
}

/**
 * Collects a listing as `toArray()` does (listing again after an inconsistent pass), calling
 * `onPage` with the running item count of the current pass after each page.
 */
export async function collectPages<T>(
  listing: PagedIterable<T, unknown>,
  onPage?: (items: number) => void,
): Promise<T[]> {
  for (let pass = 1; ; pass++) {
    const items: T[] = [];
    try {
      for await (const page of listing.pages()) {
        for (const item of page.data) items.push(item);
        onPage?.(items.length);
      }
      return items;
    } catch (error) {
      if (!(error instanceof IncompleteListingError)) throw error;
      if (pass > listing.maxRelists) throw pass === 1 ? error : error.withPasses(pass);
    }
  }
}

/**
 * What one pass of a listing has handed out: every id once (in a {@link SeenIds}), how many
 * repeats were dropped, and what showed the listing changed while it was paged.
 */
class Tally<T extends { id?: unknown }> {
  readonly #seen: SeenIds;
  readonly #pages: number[] = [];
  readonly #reasons: string[] = [];
  duplicates = 0;

  /** `expected`: the ids the listing states it holds, when it does (the set is sized for them). */
  constructor(expected?: number) {
    this.#seen = expected === undefined ? new SeenIds() : SeenIds.withRoomFor(expected);
  }

  /** The items of page `page` whose id was not handed out before: `data` itself when none repeats. */
  distinct(page: number, data: T[]): T[] {
    let kept: T[] | undefined;
    for (let i = 0; i < data.length; i++) {
      const item = data[i] as T;
      const { id } = item;
      if (typeof id !== 'string') throw new PaginationError(`Item ${i} of page ${page} has no string id.`);
      if (this.#seen.add(id)) kept?.push(item);
      else kept ??= data.slice(0, i);
    }
    if (kept === undefined) return data;
    const dropped = data.length - kept.length;
    this.duplicates += dropped;
    this.flag(page, `page ${page} repeats ${dropped} id${dropped === 1 ? '' : 's'} handed out before`);
    return kept;
  }

  /** Records that page `page` showed the listing changed. */
  flag(page: number, reason: string): void {
    // A few are enough to say what happened; a listing shifted on every page would repeat itself.
    if (this.#reasons.length < MAX_REASONS) this.#reasons.push(reason);
    if (this.#pages.length < MAX_REASONS && !this.#pages.includes(page)) this.#pages.push(page);
  }

  /** Distinct ids handed out. */
  get received(): number {
    return this.#seen.size;
  }

  /** Throws when this pass showed the listing changed; `expected` is the total the server last stated. */
  finish(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.received) {
      this.flag(0, `the server's total_results is ${expected}`);
    }
    if (this.#reasons.length === 0) return;
    throw new IncompleteListingError({
      expected,
      received: this.received,
      duplicates: this.duplicates,
      pages: this.#pages.filter((page) => page > 0),
      passes: 1,
      reasons: this.#reasons,
    });
  }
}

/** Reasons (and pages) an IncompleteListingError names at most. */
const MAX_REASONS = 10;

/** What a cursor-paged endpoint answers, after the vendor adapter has checked the shape. */
export interface CursorPage<T, B> {
  data: T[];
  body: B;
  hasMore: boolean;
  /** The response's own next cursor, when it sends one (e.g. a `next` field). */
  next?: string | null | undefined;
}

/** Empty pages in a row that still claim more (with a new cursor each) before that is a PaginationError. */
export const MAX_EMPTY_PAGES = 3;

/**
 * Cursor pagination: use the response's `next` when present, else the last item's `id`, and stop
 * when `hasMore` is false. A cursor seen before, no cursor while `hasMore`, or more than
 * {@link MAX_EMPTY_PAGES} empty pages in a row that claim more is a PaginationError, never an
 * endless loop. An id handed out before is dropped from its page and counted; the listing then ends
 * with an IncompleteListingError. (A cursor listing states no total, so a user the server skips
 * cannot be noticed; a user it repeats can.)
 */
export function cursorPages<T extends { id?: unknown }, B>(
  fetchPage: (after: string | undefined, signal: AbortSignal | undefined) => Promise<CursorPage<T, B>>,
  start?: string,
): SignalledPageSource<T, B> {
  // Each page is fetched while the consumer waits for it: the caller's signal is all it needs.
  return signalled(async function* ({ awaited: signal }) {
    const cursors = new Set<string>(start === undefined ? [] : [start]);
    const tally = new Tally<T>();
    let after = start;
    let empty = 0;
    for (let number = 1; ; number++) {
      const page = await fetchPage(after, signal);
      yield { data: tally.distinct(number, page.data), body: page.body };
      if (!page.hasMore) break;
      empty = page.data.length === 0 ? empty + 1 : 0;
      if (empty > MAX_EMPTY_PAGES) {
        throw new PaginationError(`The server sent ${empty} empty pages in a row, each claiming more results.`);
      }
      const last = page.data.at(-1)?.id;
      const next = page.next ?? (typeof last === 'string' ? last : undefined);
      if (!next) throw new PaginationError('The server reported more results but gave no cursor to fetch them.');
      if (cursors.has(next)) throw new PaginationError(`The server repeated the cursor "${next}".`);
      cursors.add(next);
      after = next;
    }
    tally.finish(undefined);
  });
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
  /** The number of items the server says the whole listing holds, when it says. */
  totalResults?: number | undefined;
  /** The body's size in bytes, when known: counted against the prefetch budget. */
  bytes?: number | undefined;
}

/**
 * A page answered but not decoded yet: only its body's bytes are held (off the JS heap) until the
 * consumer reaches it, then `decode()` parses and checks it. Pages fetched ahead are kept this way
 * so that waiting pages cost their bytes, not a parsed tree (a few times larger) that lives through
 * garbage collections, is promoted and raises the heap's peak.
 */
export interface EncodedPage<T, B> {
  /** The body's size in bytes: counted against the prefetch budget. */
  bytes: number;
  /** Parses and checks the body; throws what a bad answer warrants (never called twice). */
  decode(): NumberedPage<T, B>;
}

/**
 * An {@link EncodedPage} over `bytes`, decoded by `decode` when the consumer reaches it. The page
 * lets go of its bytes as it decodes them, so a pager that still holds the page while handing out
 * its items does not keep them alive (and promoted) through the garbage collections meanwhile.
 */
export function encodedPage<T, B>(
  bytes: ArrayBuffer,
  decode: (bytes: ArrayBuffer) => NumberedPage<T, B>,
): EncodedPage<T, B> {
  let held: ArrayBuffer | undefined = bytes;
  return {
    bytes: bytes.byteLength,
    decode() {
      const body = held;
      if (body === undefined) throw new Error('An encoded page is decoded once.');
      held = undefined;
      return decode(body);
    },
  };
}

/** A page as a fetch answers it: decoded, or still encoded. */
export type FetchedPage<T, B> = NumberedPage<T, B> | EncodedPage<T, B>;

/** The page itself, decoding it when it is still encoded. */
const decoded = <T, B>(page: FetchedPage<T, B>): NumberedPage<T, B> => ('decode' in page ? page.decode() : page);

/** Per-listing controls for {@link numberedPages}. */
export interface NumberedPagesOptions {
  /** Page requests in flight at the start (and after page 1). */
  concurrency: number;
  /**
   * The most page requests in flight the pager grows to; absent or equal to `concurrency`, the
   * level never grows (a 429 still halves it for a while).
   */
  maxConcurrency?: number | undefined;
  /** The page size asked for; when absent, the first page's reported size is expected throughout. */
  pageSize?: number | undefined;
  /**
   * Body bytes of pages fetched ahead of the consumer (answered or, estimated from the last answer,
   * in flight) past which no further page is started; the page the consumer waits for always is.
   * Default {@link DEFAULT_MAX_PREFETCH_BYTES}.
   */
  maxPrefetchBytes?: number | undefined;
}

/**
 * Body bytes a page-number listing fetches ahead of its consumer at most (see NumberedPagesOptions):
 * about fifteen 250-user Telnyx pages (some 68 KiB each), so the default ceiling of 16 requests in
 * flight is reached at 20 ms of latency rather than stopped near eight. Pages answered ahead are held
 * as their bytes (EncodedPage), off the JS heap, and parsed only when handed out, so a wider window
 * costs this many bytes, not parsed trees that live through scavenges and are promoted.
 */
const DEFAULT_MAX_PREFETCH_BYTES = 1024 * 1024;

/** Lets a page fetch tell the pager how the server is coping, so the pager can adapt its concurrency. */
export interface PageFetchContext {
  /**
   * Cancels the request: the caller's signal (possibly none) for page 1, which the consumer waits
   * for; for a page fetched ahead, a signal that also aborts when the iteration ends.
   */
  signal: AbortSignal | undefined;
  /** The request was answered 429 (and is retried): halves the concurrency. */
  onRateLimited(): void;
  /**
   * The answer's headers: a `Retry-After`, or `x-ratelimit-remaining` / `x-ratelimit-limit` saying
   * the budget is nearly spent, halves the concurrency.
   */
  onHeaders(headers: Headers): void;
}

/**
 * Page-number pagination: fetch page 1 to learn `totalPages`, then keep pages requested ahead of
 * the consumer, yielding in page order. How many are in flight adapts (additive increase,
 * multiplicative decrease, see AdaptiveLimit): from `concurrency`, one more after each full window
 * answered without a rate limit, up to `maxConcurrency`; halved on a 429 or when the answers'
 * headers say the rate budget is nearly spent. Fetching ahead also stops at `maxPrefetchBytes`.
 *
 * At once a PaginationError: paging meta that is not a finite non-negative integer, a
 * `total_pages` other than ceil(`total_results` / page size) when both are stated (0 or 1 for an
 * empty listing), items on a
 * listing of 0 pages, a page whose number contradicts the request, whose ids exactly repeat an
 * earlier page, or that holds more items than the page size.
 *
 * Signs the listing changed while it was paged (an id handed out before, which is dropped; a page
 * before the last shorter than the page size, which is page 1's length when no size is stated; an
 * empty page, after which paging stops; `total_results` or `total_pages` moving; a distinct count
 * other than the last `total_results`) end the listing with an IncompleteListingError.
 */
export function numberedPages<T extends { id?: unknown }, B>(
  fetchPage: (pageNumber: number, context: PageFetchContext) => Promise<FetchedPage<T, B>>,
  options: NumberedPagesOptions,
): SignalledPageSource<T, B> {
  return signalled(async function* (signals) {
    const limit = new AdaptiveLimit(options.concurrency, options.maxConcurrency ?? options.concurrency);
    const maxBytes = options.maxPrefetchBytes ?? DEFAULT_MAX_PREFETCH_BYTES;
    let inFlight = 0;
    /** Body bytes of answered pages not yet handed over, and of the last answer (the estimate for one in flight). */
    let heldBytes = 0;
    let lastBytes = 0;
    const bytesOf = new Map<number, number>();

    const start = (pageNumber: number): Promise<FetchedPage<T, B>> => {
      const ticket = limit.started(inFlight);
      inFlight++;
      let limited = false;
      const context: PageFetchContext = {
        // Page 1 is the one request the consumer waits for before any is fetched ahead.
        signal: pageNumber === 1 ? signals.awaited : signals.ahead,
        onRateLimited() {
          limited = true;
          limit.rateLimited(ticket);
        },
        onHeaders(headers) {
          if (!budgetNearlySpent(headers, inFlight)) return;
          limited = true;
          limit.nearlySpent(ticket);
        },
      };
      return fetchPage(pageNumber, context).then(
        (page) => {
          inFlight--;
          if (!limited) limit.answered(ticket);
          const bytes = page.bytes ?? 0;
          lastBytes = bytes;
          if (pageNumber > 1) {
            heldBytes += bytes;
            bytesOf.set(pageNumber, bytes);
            // An answer may have raised the level or freed budget: use it before the consumer moves on.
            fill();
          }
          return page;
        },
        (error: unknown) => {
          inFlight--;
          throw error;
        },
      );
    };

    let first: NumberedPage<T, B> | undefined = decoded(await start(1));
    const checker = new PageChecker<T, B>(first, options.pageSize);
    const total = checker.totalPages;
    // The page being handed out; dropped as soon as the consumer asks for the next one, so it is
    // garbage before that one is awaited and decoded (not alive, and copied, through the collections
    // meanwhile). Page 1's body is not kept for the whole listing either.
    let current: Page<T, B> | undefined = { data: checker.accept(1, first), body: first.body };
    first = undefined;

    const inFlightPages = new Map<number, Promise<FetchedPage<T, B>>>();
    let nextToStart = 2;
    let consumed = 1;
    /** Set once the consumer is done (or gone): late answers start nothing more. */
    let closed = false;
    // Keeps pages `consumed + 1 … consumed + level` requested, within the byte budget (the next page
    // the consumer needs is always requested). Called before each yield, so the window stays full
    // while the consumer works through a page, and after each answer.
    const fill = () => {
      while (
        !checker.stopped &&
        !closed &&
        nextToStart <= total &&
        nextToStart <= consumed + limit.level &&
        (nextToStart === consumed + 1 || heldBytes + (inFlight + 1) * lastBytes <= maxBytes)
      ) {
        const pending = start(nextToStart);
        // Settled here so a rejection of a page we never reach is not reported as unhandled.
        pending.catch(() => {});
        inFlightPages.set(nextToStart, pending);
        nextToStart++;
      }
    };
    try {
      fill();
      yield current;
      current = undefined;

      for (let wanted = 2; wanted <= total && !checker.stopped; wanted++) {
        let answer: FetchedPage<T, B> | undefined = await (inFlightPages.get(wanted) as Promise<FetchedPage<T, B>>);
        inFlightPages.delete(wanted);
        heldBytes -= bytesOf.get(wanted) ?? 0;
        bytesOf.delete(wanted);
        // Decoded only now, when the consumer reaches it: the parsed page lives while it is handed out,
        // the answer (its bytes) no longer.
        let page: NumberedPage<T, B> | undefined = decoded(answer);
        answer = undefined;
        current = { data: checker.accept(wanted, page), body: page.body };
        page = undefined;
        consumed = wanted;
        fill();
        yield current;
        current = undefined;
      }
    } finally {
      closed = true;
    }
    checker.finish();
  });
}

/** True for a finite integer ≥ `min` (and safe, so arithmetic on it is exact). */
const isCount = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/**
 * The per-page checks of {@link numberedPages}. Earlier pages are remembered by a short
 * fingerprint of their ids and every id by a 64-bit hash, so memory stays flat over millions of users.
 */
class PageChecker<T extends { id?: unknown }, B> {
  /** Pages the listing has, as page 1 says. */
  readonly totalPages: number;
  /** True once an empty page showed the listing shrank: nothing after it is worth asking for. */
  stopped = false;
  readonly #fingerprints = new Map<number, number>();
  readonly #tally: Tally<T>;
  #size: number | undefined;
  #totalResults: number | undefined;

  constructor(first: NumberedPage<T, B>, pageSize: number | undefined) {
    // With no size asked for or stated, page 1's length is the size of every page but the last.
    this.#size = pageSize ?? first.pageSize ?? (first.totalPages > 1 ? first.data.length : undefined);
    this.#checkMeta(1, first);
    this.totalPages = first.totalPages;
    this.#totalResults = first.totalResults;
    // The meta is checked, so the total is a whole number; one table sized for it never has to grow.
    const expected = first.totalResults ?? (this.#size === undefined ? undefined : first.totalPages * this.#size);
    this.#tally = new Tally<T>(expected);
    if (first.totalPages === 0 && first.data.length > 0) {
      throw new PaginationError(`Page 1 has ${first.data.length} items but total_pages is 0.`);
    }
  }

  /** Checks page `requested`; returns its items that were not handed out before. */
  accept(requested: number, page: NumberedPage<T, B>): T[] {
    if (requested > 1) this.#checkMeta(requested, page);
    if (page.pageNumber !== undefined && page.pageNumber !== requested) {
      throw new PaginationError(`Asked for page ${requested} but the server returned page ${page.pageNumber}.`);
    }
    const size = this.#size;
    if ((page.pageSize !== undefined && page.pageSize !== size) || (size !== undefined && page.data.length > size)) {
      throw new PaginationError(
        `Page ${requested} has ${page.data.length} items at page size ${page.pageSize ?? 'unstated'}; expected at most ${size}.`,
      );
    }
    const tally = this.#tally;
    if (page.totalPages !== this.totalPages) {
      tally.flag(requested, `total_pages went from ${this.totalPages} to ${page.totalPages} on page ${requested}`);
    }
    if (page.totalResults !== undefined) {
      if (this.#totalResults !== undefined && page.totalResults !== this.#totalResults) {
        tally.flag(
          requested,
          `total_results went from ${this.#totalResults} to ${page.totalResults} on page ${requested}`,
        );
      }
      this.#totalResults = page.totalResults;
    }
    if (page.data.length === 0) {
      if (this.totalPages > 1) {
        tally.flag(requested, `page ${requested} of ${this.totalPages} is empty`);
        this.stopped = true;
      }
      return page.data;
    }
    if (requested < this.totalPages && size !== undefined && page.data.length < size) {
      tally.flag(requested, `page ${requested} has ${page.data.length} items, fewer than the page size ${size}`);
    }
    // A listing of one page has no other page to repeat.
    if (this.totalPages > 1) {
      const key = pageFingerprint(page.data);
      const earlier = this.#fingerprints.get(key);
      if (earlier !== undefined) {
        throw new PaginationError(`Page ${requested} repeats the items of page ${earlier}.`);
      }
      this.#fingerprints.set(key, requested);
    }
    return tally.distinct(requested, page.data);
  }

  /** Throws the IncompleteListingError when the pass showed the listing changed. */
  finish(): void {
    this.#tally.finish(this.#totalResults);
  }

  /** Paging meta must be whole counts, and agree with each other when they can be compared. */
  #checkMeta(requested: number, page: NumberedPage<T, B>): void {
    const fields = [
      ['total_pages', page.totalPages, 0],
      ['page_number', page.pageNumber, 0],
      ['page_size', page.pageSize, 1],
      ['total_results', page.totalResults, 0],
    ] as const;
    for (const [name, value, min] of fields) {
      if (value !== undefined && !isCount(value, min)) {
        throw new PaginationError(
          `Page ${requested} states ${name} ${JSON.stringify(value) ?? String(value)}, not a whole number of at least ${min}.`,
        );
      }
    }
    const size = page.pageSize ?? this.#size;
    if (page.totalResults !== undefined && size !== undefined) {
      const pages = Math.ceil(page.totalResults / size);
      // An empty listing may count its one empty page (servers differ on 0 or 1 there).
      if (pages !== page.totalPages && !(page.totalResults === 0 && page.totalPages === 1)) {
        throw new PaginationError(
          `Page ${requested} states total_pages ${page.totalPages}, but ${page.totalResults} results at page size ${size} make ${pages}.`,
        );
      }
    }
  }
}
