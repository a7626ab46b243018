/** What {@link AdaptiveLimit.started} hands a request, to be given back with what its answer said. */
export interface LimitTicket {
  /** The decrease count when the request started: signals from before a decrease are not counted twice. */
  readonly epoch: number;
  /** The level the request was started at. */
  readonly level: number;
  /** True when the request filled the window (as many requests in flight as the level allows). */
  readonly full: boolean;
}

/**
 * How many requests a pager keeps in flight, adapted as TCP congestion avoidance does (additive
 * increase, multiplicative decrease). Starts at `start`; one more after each full window of
 * answers with no sign of a rate limit, up to `max`; halved (at most once per window) on a 429 or
 * an answer saying the rate budget is nearly spent. A 429 also caps the level for the rest of the
 * listing at one below the level its request was sent at, so a server that refuses more than N
 * requests in flight is not probed again and again (each probe costs a retry). `start === max`
 * never grows; a 429 still halves it, and it climbs back.
 */
export class AdaptiveLimit {
  /** Requests that may be in flight now. */
  level: number;
  #ceiling: number;
  #epoch = 0;
  #clean = 0;

  constructor(start: number, max: number) {
    this.level = Math.max(1, Math.floor(start));
    this.#ceiling = Math.max(this.level, Math.floor(max));
  }

  /** The ceiling the level may still grow to (`max`, lowered by a 429). */
  get ceiling(): number {
    return this.#ceiling;
  }

  /** Records a request starting with `inFlight` others already running. */
  started(inFlight: number): LimitTicket {
    return { epoch: this.#epoch, level: this.level, full: inFlight + 1 >= this.level };
  }

  /**
   * Records an answer with no sign of a rate limit. Only answers to requests that filled the window
   * count: when the consumer, not the server, is the bottleneck, nothing shows more would help.
   */
  answered(ticket: LimitTicket): void {
    if (ticket.epoch !== this.#epoch || !ticket.full) return;
    if (++this.#clean < this.level) return;
    this.#clean = 0;
    if (this.level < this.#ceiling) this.level++;
  }

  /** Records a 429: halves the level and caps it below the level the request was sent at. */
  rateLimited(ticket: LimitTicket): void {
    if (ticket.epoch !== this.#epoch) return;
    this.#ceiling = Math.max(1, Math.min(this.#ceiling, ticket.level - 1));
    this.#halve();
  }

  /** Records an answer saying the budget is nearly spent: halves the level. */
  nearlySpent(ticket: LimitTicket): void {
    if (ticket.epoch === this.#epoch) this.#halve();
  }

  #halve(): void {
    this.level = Math.max(1, Math.floor(this.level / 2));
    this.#epoch++;
    this.#clean = 0;
  }
}

/** Share of the stated limit left at or below which the budget counts as nearly spent. */
const NEARLY_SPENT_SHARE = 0.1;

/**
 * True when an answer's headers say to slow down: a `Retry-After` (or `retry-after-ms`) on an
 * answer that was not refused, or `x-ratelimit-remaining` below `inFlight` (the next window would
 * overrun it) or at most a tenth of `x-ratelimit-limit`. Unreadable values say nothing.
 */
export function budgetNearlySpent(headers: Headers, inFlight: number): boolean {
  if (headers.has('retry-after') || headers.has('retry-after-ms')) return true;
  const remaining = headers.get('x-ratelimit-remaining');
  if (remaining === null) return false;
  const left = Number(remaining);
  if (remaining.trim() === '' || !Number.isFinite(left)) return false;
  if (left < inFlight) return true;
  const limit = Number(headers.get('x-ratelimit-limit') ?? Number.NaN);
  return Number.isFinite(limit) && limit > 0 && left <= limit * NEARLY_SPENT_SHARE;
}
