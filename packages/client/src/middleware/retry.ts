import { APIConnectionError, OrgdirError, type Vendor } from '../errors.js';
import { connectionError, timeoutError } from '../internal/connection-cause.js';
import { fetchInit, type Outgoing } from '../internal/fetch-args.js';
import { readCapped } from '../internal/read-body.js';
import type { TextRedactor } from '../internal/redact.js';
import { attemptSignal, sleep } from './timeout.js';

/** Settings of the retrying fetch; every field has a default in `create-client.ts`. */
export interface RetryFetchOptions {
  fetch: typeof fetch;
  /** True when `fetch` is the caller's own: it then gets the headers as plain pairs (see fetchInit). */
  customFetch?: boolean | undefined;
  maxRetries: number;
  timeoutMs: number;
  retryBaseDelayMs: number;
  maxRetryDelayMs: number;
  maxResponseBytes: number;
  logger?: Pick<Console, 'debug' | 'warn'> | undefined;
  /** Removes the key from every log line and error message (a server can echo it into a path). */
  redact?: TextRedactor | undefined;
  /** Named in connection and timeout errors. */
  vendor?: Vendor | undefined;
}

/** Redirects followed per attempt; one more is an APIConnectionError. */
const MAX_REDIRECTS = 5;

/** The statuses that redirect (with a `Location`). */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

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
 * Wraps `fetch` with retries, a per-attempt timeout and a response size cap. Retries live here,
 * not in openapi-fetch middleware, because middleware cannot re-send a consumed body: each
 * attempt sends a fresh copy of the original request. The request's own signal (the caller's)
 * cancels the current attempt and every later one.
 */
export function createRetryFetch(options: RetryFetchOptions): RetryFetch {
  const { logger } = options;
  const redact = options.redact ?? ((text: string) => text);
  const customFetch = options.customFetch ?? true;
  const plainHeaders = customFetch;
  return async function retryFetch(request, hooks) {
    const onRetry = hooks?.onRetry;
    // With hooks, the resource names the caller's signal itself (possibly none: nothing can cancel the
    // request but its timeout, and no listener is needed); without, it is the Request's own.
    const caller = hooks === undefined ? request.signal : hooks.signal;
    // Parsing the URL costs a few microseconds, so it is done only when a message needs it.
    const where = () => redact(describe(request));
    // Read once: every attempt and redirect hop sends these bytes (a Request body can be sent once).
    const body = request.body === null ? null : await request.arrayBuffer();
    for (let attempt = 0; ; attempt++) {
      if (caller?.aborted) throw caller.reason;
      const timer = attemptSignal(caller, options.timeoutMs);
      let response: Response;
      try {
        // Redirects are followed here, not by fetch, so that only same-origin ones are (see follow).
        // The attempt's own signal goes to fetch (held here until the attempt settles), not a Request
        // following it: undici links a Request to its signal only weakly, so a collected Request
        // would no longer pass an abort on to the socket.
        const outgoing: Outgoing = { method: request.method, headers: request.headers, body, signal: timer.signal };
        const send = async () =>
          readCapped(
            await follow(request.url, outgoing, options.fetch, plainHeaders, redact),
            options.maxResponseBytes,
            timer.signal,
            !customFetch,
          );
        // The race makes the timeout and the caller's abort end the attempt even if the abort never
        // reaches fetch; fetch still gets the signal to close the socket.
        const pending = send();
        pending.catch(() => {}); // a late failure after the race is lost is expected, not unhandled
        response = await Promise.race([pending, timer.aborted]);
      } catch (error) {
        if (caller?.aborted) throw caller.reason;
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

/** True for `localhost`, 127.0.0.0/8 and [::1], the only hosts plain http may reach. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Sends `request` and follows its redirects: only to the same origin (scheme, host and port),
 * never to plain http on a host other than loopback, and at most {@link MAX_REDIRECTS} times.
 * Anything else is an APIConnectionError naming both origins (never a path or query string),
 * and nothing from the other origin is read. Each hop re-sends the same headers, Authorization
 * included, which is safe because the origin is the same; a 303 (or a 301/302 after a POST)
 * becomes a body-less GET, as browsers do.
 */
async function follow(
  url: string,
  first: Outgoing,
  fetchFn: typeof fetch,
  plainHeaders: boolean,
  redact: TextRedactor,
): Promise<Response> {
  let current = first;
  let currentUrl = url;
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(currentUrl, fetchInit(current, plainHeaders));
    if (response.type === 'opaqueredirect') {
      await response.body?.cancel().catch(() => {});
      throw new APIConnectionError(
        redact(`Redirect from ${new URL(currentUrl).origin} could not be read: the fetch in use hides it.`),
      );
    }
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel().catch(() => {});
    const from = new URL(currentUrl);
    let to: URL;
    try {
      to = new URL(location, from);
    } catch {
      throw new APIConnectionError(redact(`Refused a redirect from ${from.origin}: its Location is not a URL.`));
    }
    if (to.origin !== from.origin) {
      throw new APIConnectionError(
        redact(
          `Refused a redirect from ${from.origin} to another origin, ${to.origin}; only same-origin redirects are followed.`,
        ),
      );
    }
    if (to.protocol !== 'https:' && !isLoopback(to.hostname)) {
      throw new APIConnectionError(
        redact(`Refused a redirect from ${from.origin} to ${to.origin}: plain http only reaches loopback hosts.`),
      );
    }
    if (to.username !== '' || to.password !== '') {
      throw new APIConnectionError(redact(`Refused a redirect from ${from.origin}: its Location carries credentials.`));
    }
    if (hops >= MAX_REDIRECTS) {
      throw new APIConnectionError(redact(`Too many redirects from ${from.origin} (more than ${MAX_REDIRECTS}).`));
    }
    const toGet =
      response.status === 303 || ((response.status === 301 || response.status === 302) && current.method === 'POST');
    const headers = new Headers(current.headers);
    if (toGet) {
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'])
        headers.delete(name);
    }
    current = {
      method: toGet ? 'GET' : current.method,
      headers,
      body: toGet ? null : current.body,
      signal: current.signal,
    };
    // Fragments are not sent (a Request drops them too).
    to.hash = '';
    currentUrl = to.href;
  }
}

/** Method and URL without the query string (which may hold emails); never headers. */
function describe(request: Request): string {
  const url = new URL(request.url);
  return `${request.method} ${url.origin}${url.pathname}`;
}
