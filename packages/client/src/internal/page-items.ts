/** One page of a listing: its items, and the whole response body it came from (meta, cursors). */
export interface Page<T, B = unknown> {
  data: T[];
  body: B;
}

/** No items: what a {@link PageItems} holds between pages. */
const NO_ITEMS: readonly never[] = [];

/**
 * The items of a page iterator, one by one. A hand-written iterator rather than an async
 * generator: an item already fetched is handed out without the generator's per-item promise
 * round trips, which dominate listings of 100k+ users. Behaves as an async generator would:
 * calls are served in order, `return()`/`throw()` close the pages (cancelling requests in flight).
 */
export class PageItems<T> implements AsyncGenerator<T, void, undefined> {
  readonly #pages: AsyncGenerator<Page<T, unknown>, void, undefined>;
  #items: readonly T[] = NO_ITEMS;
  #index = 0;
  /** The latest call still waiting for a page; later calls queue behind it. */
  #queue: Promise<unknown> | undefined;

  constructor(pages: AsyncGenerator<Page<T, unknown>, void, undefined>) {
    this.#pages = pages;
  }

  next(): Promise<IteratorResult<T, void>> {
    if (this.#queue === undefined && this.#index < this.#items.length) {
      return Promise.resolve({ done: false, value: this.#items[this.#index++] as T });
    }
    return this.#enqueue(() => this.#pull());
  }

  return(): Promise<IteratorResult<T, void>> {
    return this.#enqueue(async () => {
      this.#close();
      await this.#pages.return();
      return { done: true, value: undefined };
    });
  }

  throw(error: unknown): Promise<IteratorResult<T, void>> {
    return this.#enqueue(async () => {
      this.#close();
      await this.#pages.return();
      throw error;
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async #pull(): Promise<IteratorResult<T, void>> {
    while (this.#index >= this.#items.length) {
      // The page handed out is let go before the next is awaited, so it is garbage by then.
      this.#items = NO_ITEMS;
      const page = await this.#pages.next();
      if (page.done) return { done: true, value: undefined };
      this.#items = page.value.data;
      this.#index = 0;
    }
    return { done: false, value: this.#items[this.#index++] as T };
  }

  #close(): void {
    this.#items = NO_ITEMS;
    this.#index = 0;
  }

  /** Runs `step` after every earlier call has settled, as an async generator queues its calls. */
  #enqueue(step: () => Promise<IteratorResult<T, void>>): Promise<IteratorResult<T, void>> {
    const result = this.#queue ? this.#queue.then(step, step) : step();
    this.#queue = result;
    const settle = () => {
      if (this.#queue === result) this.#queue = undefined;
    };
    result.then(settle, settle);
    return result;
  }
}
