import createClient, { type Client } from 'openapi-fetch';
import { checkBaseUrl, checkedNumericOptions, concurrencyLevels, resolveApiKey } from './internal/config.js';
import { createDriftChecker } from './internal/drift.js';
import { defaultFetch } from './internal/node-transport.js';
import { scrubError, textRedactor } from './internal/redact.js';
import type { VendorContext } from './internal/vendor-context.js';
import { authMiddleware } from './middleware/auth.js';
import { createRetryFetch } from './middleware/retry.js';
import { checkValidateOptions, type OnDrift, type ValidateMode } from './validate.js';
import type { VendorConnection } from './vendors/definition.js';

/**
 * Options shared by every vendor client. Each numeric option must be a finite number in its stated
 * range (an integer where it counts something); anything else, NaN and Infinity included, is a
 * ConfigurationError naming the option, thrown when the client is created.
 */
export interface ClientOptions {
  /** Defaults to the vendor's key variable (`KEY_ENV`); missing → ConfigurationError. */
  apiKey?: string;
  /** Defaults to the spec's `servers[0].url`; must be https unless the host is loopback. */
  baseUrl?: string;
  /**
   * The fetch to send requests with; it must honour `redirect: 'manual'` (the client follows
   * same-origin redirects itself). By default requests go over `node:http` / `node:https` (Node's
   * global agents, keep-alive), or through the global fetch when that has been replaced.
   */
  fetch?: typeof fetch;
  /** Retries after the first attempt (408, 409, 429, 5xx, connection errors): an integer from 0 to 10. Default 2. */
  maxRetries?: number;
  /** Per attempt, including reading the body: milliseconds from 1 to 2^31−1 (setTimeout's limit). Default 60000. */
  timeoutMs?: number;
  /**
   * Page requests in flight at the start of a listing paged by number: an integer from 1 to 64. Default 4
   * (or `maxConcurrency` when that is lower). The level then adapts: one more after each full window
   * of pages answered without a rate limit, up to `maxConcurrency`; halved on a 429 or when the
   * rate-limit headers say the budget is nearly spent.
   */
  concurrency?: number;
  /**
   * The most page requests in flight a listing paged by number grows to: an integer from 1 to 64. Default 16,
   * or `concurrency` when that is higher. Equal to `concurrency`, the level is fixed (it never grows;
   * a 429 still halves it for a while). Below an explicit `concurrency`: a ConfigurationError.
   */
  maxConcurrency?: number;
  /**
   * When a listing changed while it was paged (a user on two pages, a page shifted, a total that
   * moved), `toArray()` and `collectDirectory` walk it again from page 1 up to this many times,
   * then throw IncompleteListingError. An integer 0..10; default 2.
   */
  maxRelists?: number;
  /** Extra request headers (an `Authorization` here is overridden by the key). */
  headers?: Record<string, string>;
  /** Largest response body accepted, in bytes: an integer from 1 to 2^53−1. Default 50 MiB. */
  maxResponseBytes?: number;
  /** Receives one debug line per attempt (method, URL without query, status); never headers, and the key redacted. */
  logger?: Pick<Console, 'debug' | 'warn'>;
  /** First backoff step; doubles per retry: milliseconds from 0 to 2^31−1. Default 500. */
  retryBaseDelayMs?: number;
  /** Cap on any wait between attempts, including a server's Retry-After: milliseconds from 0 to 2^31−1. Default 30000. */
  maxRetryDelayMs?: number;
  /**
   * Checks every answer against the vendor's spec (validators generated from it): `'off'` (default),
   * `'report'` (data returned unchanged, each difference sent to `onDrift`), `'strict'` (a 2xx that
   * differs throws DriftError). A bad value is a ConfigurationError.
   */
  validate?: ValidateMode;
  /** Receives each distinct difference of an answer, counted (needed by `'report'`, optional with `'strict'`). */
  onDrift?: OnDrift;
}

/** Fields every vendor client has. */
export interface BaseClient<Paths extends object> {
  /** The openapi-fetch client (auth, retries, timeouts included), typed by `@orgdir/types`. */
  raw: Client<Paths>;
  /** The base URL in use. */
  baseUrl: string;
}

/**
 * The shared context of a vendor's resources: the key from the option or the vendor's variable, the
 * base URL checked, retries, timeouts, redaction and (when `validate` is on) the drift checker.
 */
export function createVendorContext<Paths extends object>(
  vendor: VendorConnection,
  options: ClientOptions,
): VendorContext<Paths> & { baseUrl: string } {
  return createContext<Paths>(vendor, options);
}

function createContext<Paths extends object>(
  connection: VendorConnection,
  options: ClientOptions,
): VendorContext<Paths> & { baseUrl: string } {
  const vendor = connection.id;
  const apiKey = resolveApiKey(options.apiKey, connection.keyEnv);
  const baseUrl = checkBaseUrl(options.baseUrl ?? connection.defaultBaseUrl);
  const numbers = checkedNumericOptions(options);
  const levels = concurrencyLevels(options);
  const redact = textRedactor([apiKey]);
  const validation = checkValidateOptions(options.validate, options.onDrift);
  const retryFetch = createRetryFetch({
    fetch: options.fetch ?? defaultFetch(numbers.maxResponseBytes),
    customFetch: options.fetch !== undefined,
    maxRetries: numbers.maxRetries,
    timeoutMs: numbers.timeoutMs,
    retryBaseDelayMs: numbers.retryBaseDelayMs,
    maxRetryDelayMs: numbers.maxRetryDelayMs,
    maxResponseBytes: numbers.maxResponseBytes,
    logger: options.logger,
    redact,
    vendor,
  });
  const raw = createClient<Paths>({
    baseUrl,
    fetch: (request) => retryFetch(request),
    ...(options.headers && { headers: options.headers }),
  });
  raw.use(authMiddleware(apiKey));
  const drift =
    validation.mode === 'off'
      ? undefined
      : createDriftChecker({
          vendor,
          loadValidators: connection.loadValidators,
          mode: validation.mode,
          onDrift: validation.onDrift,
          // The key, or a long enough piece of it, never reaches an event.
          policy: { isSecret: (text) => redact(text) !== text || (text.length >= 8 && apiKey.includes(text)) },
        });
  if (drift) raw.use(drift.middleware);
  return {
    drift,
    vendor,
    decodeError: connection.decodeError,
    raw,
    baseUrl,
    concurrency: levels.concurrency,
    maxConcurrency: levels.maxConcurrency,
    maxRelists: numbers.maxRelists,
    fetchWith: (hooks) => (request) => retryFetch(request, hooks),
    scrub: (error) => scrubError(error, redact),
    redact,
  };
}
