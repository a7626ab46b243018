import type { Flashback, OpenAI, Telnyx } from '@orgdir/types';
import createClient, { type Client } from 'openapi-fetch';
import type { Vendor } from './errors.js';
import { checkBaseUrl, checkedNumericOptions, concurrencyLevels, resolveApiKey } from './internal/config.js';
import { scrubbedResource, type VendorContext } from './internal/context.js';
import { createDriftChecker } from './internal/drift.js';
import { scrubError, textRedactor } from './internal/redact.js';
import { authMiddleware } from './middleware/auth.js';
import { createRetryFetch } from './middleware/retry.js';
import { checkValidateOptions, type OnDrift, type ValidateMode } from './validate.js';
import { type FlashbackOrganizationUsers, flashbackOrganizationUsers } from './vendors/flashback/organization-users.js';
import { type OpenAIGroups, openaiGroups } from './vendors/openai/groups.js';
import { type OpenAIUsers, openaiUsers } from './vendors/openai/users.js';
import { type TelnyxUsers, telnyxUsers } from './vendors/telnyx/users.js';

/**
 * Options shared by every vendor client. Each numeric option must be a finite number in its stated
 * range (an integer where it counts something); anything else, NaN and Infinity included, is a
 * ConfigurationError naming the option, thrown when the client is created.
 */
export interface ClientOptions {
  /** Defaults to env TELNYX_API_KEY / FLASHBACK_API_KEY / OPENAI_ADMIN_KEY; missing → ConfigurationError. */
  apiKey?: string;
  /** Defaults to the spec's `servers[0].url`; must be https unless the host is loopback. */
  baseUrl?: string;
  /** Replaces the global fetch; it must honour `redirect: 'manual'` (the client follows same-origin redirects itself). */
  fetch?: typeof fetch;
  /** Retries after the first attempt (408, 409, 429, 5xx, connection errors): an integer from 0 to 10. Default 2. */
  maxRetries?: number;
  /** Per attempt, including reading the body: milliseconds from 1 to 2^31−1 (setTimeout's limit). Default 60000. */
  timeoutMs?: number;
  /**
   * Telnyx page requests in flight at the start of a listing: an integer from 1 to 64. Default 4
   * (or `maxConcurrency` when that is lower). The level then adapts: one more after each full window
   * of pages answered without a rate limit, up to `maxConcurrency`; halved on a 429 or when the
   * rate-limit headers say the budget is nearly spent.
   */
  concurrency?: number;
  /**
   * The most Telnyx page requests in flight a listing grows to: an integer from 1 to 64. Default 16,
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

/** Default base URLs: each equals `servers[0].url` of the vendor's spec (a unit test checks it). */
export const DEFAULT_BASE_URLS = {
  telnyx: 'https://api.telnyx.com/v2',
  flashback: 'https://backend.flashback.tech',
  openai: 'https://api.openai.com/v1',
} as const satisfies Record<Vendor, string>;

const KEY_ENV = { telnyx: 'TELNYX_API_KEY', flashback: 'FLASHBACK_API_KEY', openai: 'OPENAI_ADMIN_KEY' } as const;

/** Fields every vendor client has. */
export interface BaseClient<Paths extends object> {
  /** The openapi-fetch client (auth, retries, timeouts included), typed by `@orgdir/types`. */
  raw: Client<Paths>;
  /** The base URL in use. */
  baseUrl: string;
}

/** A Telnyx client. */
export interface TelnyxClient extends BaseClient<Telnyx.paths> {
  users: TelnyxUsers;
}
/** A Flashback client. */
export interface FlashbackClient extends BaseClient<Flashback.paths> {
  organization: { users: FlashbackOrganizationUsers };
}
/** An OpenAI (admin API) client. */
export interface OpenAIClient extends BaseClient<OpenAI.paths> {
  groups: OpenAIGroups;
  users: OpenAIUsers;
}

/** Creates a Telnyx client. @see specs/telnyx.yaml */
export function createTelnyxClient(options: ClientOptions = {}): TelnyxClient {
  const ctx = createContext<Telnyx.paths>('telnyx', options);
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, users: scrubbedResource(ctx.scrub, telnyxUsers(ctx)) };
}

/** Creates a Flashback client. @see specs/flashback.yaml */
export function createFlashbackClient(options: ClientOptions = {}): FlashbackClient {
  const ctx = createContext<Flashback.paths>('flashback', options);
  const users = scrubbedResource(ctx.scrub, flashbackOrganizationUsers(ctx));
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, organization: { users } };
}

/** Creates an OpenAI admin client. @see specs/openai.yaml */
export function createOpenAIClient(options: ClientOptions = {}): OpenAIClient {
  const ctx = createContext<OpenAI.paths>('openai', options);
  const { scrub } = ctx;
  return {
    raw: ctx.raw,
    baseUrl: ctx.baseUrl,
    groups: scrubbedResource(scrub, openaiGroups(ctx)),
    users: scrubbedResource(scrub, openaiUsers(ctx)),
  };
}

function createContext<Paths extends object>(
  vendor: Vendor,
  options: ClientOptions,
): VendorContext<Paths> & { baseUrl: string } {
  const apiKey = resolveApiKey(options.apiKey, KEY_ENV[vendor]);
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URLS[vendor]);
  const numbers = checkedNumericOptions(options);
  const levels = concurrencyLevels(options);
  const redact = textRedactor([apiKey]);
  const validation = checkValidateOptions(options.validate, options.onDrift);
  const retryFetch = createRetryFetch({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
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
          mode: validation.mode,
          onDrift: validation.onDrift,
          // The key, or a long enough piece of it, never reaches an event.
          policy: { isSecret: (text) => redact(text) !== text || (text.length >= 8 && apiKey.includes(text)) },
        });
  if (drift) raw.use(drift.middleware);
  return {
    drift,
    vendor,
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
