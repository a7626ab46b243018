import { OrgdirError, type Vendor } from '../errors.js';
import { connectionError, timeoutError } from '../internal/connection-cause.js';
import { fetchArgs } from '../internal/fetch-args.js';
import { readCapped } from '../internal/read-body.js';
import { attemptSignal, sleep } from './timeout.js';

/** Settings of the retrying fetch; every field has a default in `create-client.ts`. */
export interface RetryFetchOptions {
  fetch: typeof fetch;
  maxRetries: number;
  timeoutMs: number;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
  maxResponseBytes: number;
  logger?: Pick<Console, 'debug' | 'warn'> | undefined;
  /** Named in connection and timeout errors. */
  vendor?: Vendor | undefined;
}

/** Told about each retry a request makes, e.g. so a pager can slow down on a 429. */
export type RetryListener = (event: { status: number | undefined; attempt: number; delayMs: number }) => void;

/** Per-request extras a resource passes alongside the Request. */
export interface RetryHooks {
  /**
   * The caller's signal, held strongly here. A Request only follows its signal through a weak
   * link (undici), which a garbage collection can break, so resources pass the signal itself.
   */
  signal?: AbortSignal | undefined;
  onRetry?: RetryListener | undefined;
}

/** A fetch that openapi-fetch calls with a Request, plus optional hooks. */
export type RetryFetch = (request: Request, hooks?: RetryHooks) => Promise<Response>;

/** 408, 409, 429 and every 5xx are worth another attempt; no other 4xx is. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Milliseconds a `Retry-After` (or `retry-after-ms`) header asks for; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter (75–100 % of the step), capped at `maxDelayMs`. */
export function backoffMs(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  const step = Math.min(baseDelayMs * 2 ** attempt, maxDelayMs);
  return step * (0.75 + Math.random() * 0.25);
}

/**
 * The Requests of attempts still running. undici follows a Request's signal only through a weak
 * link, so a Request nobody holds can be collected mid-flight, after which an abort (timeout,
 * caller, a pager stopping) never reaches its socket. Holding each one until its attempt settles
 * keeps that link.
 */
const sending = new Set<Request>();

/**
 * Wraps `fetch` with retries, a per-attempt timeout and a response size cap. Retries live here,
 * not in openapi-fetch middleware, because middleware cannot re-send a consumed body: each
 * attempt sends a fresh copy of the original request. The request's own signal (the caller's)
 * cancels the current attempt and every later one.
 */
export function createRetryFetch(options: RetryFetchOptions): RetryFetch {
  const { logger } = options;
  return async function retryFetch(request, { signal, onRetry } = {}) {
    const caller = signal ?? request.signal;
    // Parsing the URL costs a few microseconds, so it is done only when a message needs it.
    const where = () => describe(request);
    for (let attempt = 0; ; attempt++) {
      if (caller.aborted) throw caller.reason;
      const timer = attemptSignal(caller, options.timeoutMs);
      let outgoing: Request | undefined;
      let response: Response;
      try {
        // A body-less request (every GET) can be re-sent as is; only a body must be cloned per attempt.
        outgoing = new Request(request.body === null ? request : request.clone(), { signal: timer.signal });
        sending.add(outgoing);
        const send = async (attemptRequest: Request) =>
          readCapped(await options.fetch(...fetchArgs(attemptRequest)), options.maxResponseBytes, timer.signal);
        // The race makes the timeout and the caller's abort end the attempt even if the abort never
        // reaches fetch (see RetryHooks.signal); fetch still gets the signal to close the socket.
        const pending = send(outgoing);
        pending.catch(() => {}); // a late failure after the race is lost is expected, not unhandled
        response = await Promise.race([pending, timer.aborted]);
      } catch (error) {
        if (caller.aborted) throw caller.reason;
        if (error instanceof OrgdirError) throw error;
        const failure = timer.timedOut()
          ? timeoutError(options.vendor, where(), options.timeoutMs)
          : connectionError(options.vendor, where(), error);
        if (attempt >= options.maxRetries) throw failure;
        const delayMs = backoffMs(attempt, options.retryBaseDelayMs, options.maxRetryDelayMs);
        logger?.debug(`orgdir: ${where()} failed (${failure.name}), retry ${attempt + 1} in ${Math.round(delayMs)} ms`);
        onRetry?.({ status: undefined, attempt: attempt + 1, delayMs });
        await sleep(delayMs, caller);
        continue;
      } finally {
        timer.clear();
        if (outgoing) sending.delete(outgoing);
      }
      if (!isRetryableStatus(response.status) || attempt >= options.maxRetries) {
        logger?.debug(`orgdir: ${where()} -> ${response.status}`);
        return response;
      }
      const asked = retryAfterMs(response.headers);
      const delayMs =
        asked === undefined
          ? backoffMs(attempt, options.retryBaseDelayMs, options.maxRetryDelayMs)
          : Math.min(asked, options.maxRetryDelayMs);
      logger?.debug(`orgdir: ${where()} -> ${response.status}, retry ${attempt + 1} in ${Math.round(delayMs)} ms`);
      onRetry?.({ status: response.status, attempt: attempt + 1, delayMs });
      await sleep(delayMs, caller);
    }
  };
}

/** Method and URL without the query string (which may hold emails); never headers. */
function describe(request: Request): string {
  const url = new URL(request.url);
  return `${request.method} ${url.origin}${url.pathname}`;
}
