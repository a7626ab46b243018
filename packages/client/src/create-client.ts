import type { Flashback, OpenAI, Telnyx } from '@orgdir/types';
import createClient, { type Client } from 'openapi-fetch';
import type { Vendor } from './errors.js';
import { checkBaseUrl, resolveApiKey } from './internal/config.js';
import type { VendorContext } from './internal/context.js';
import { createDriftChecker } from './internal/drift.js';
import { redactor, scrubError } from './internal/redact.js';
import { authMiddleware } from './middleware/auth.js';
import { createRetryFetch } from './middleware/retry.js';
import { checkValidateOptions, type OnDrift, type ValidateMode } from './validate.js';
import { type FlashbackOrganizationUsers, flashbackOrganizationUsers } from './vendors/flashback/organization-users.js';
import { type OpenAIGroups, openaiGroups } from './vendors/openai/groups.js';
import { type OpenAIUsers, openaiUsers } from './vendors/openai/users.js';
import { type TelnyxUsers, telnyxUsers } from './vendors/telnyx/users.js';

/** Options shared by every vendor client. */
export interface ClientOptions {
  /** Defaults to env TELNYX_API_KEY / FLASHBACK_API_KEY / OPENAI_ADMIN_KEY; missing → ConfigurationError. */
  apiKey?: string;
  /** Defaults to the spec's `servers[0].url`; must be https unless the host is loopback. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries after the first attempt (408, 409, 429, 5xx, connection errors). Default 2. */
  maxRetries?: number;
  /** Per attempt, including reading the body. Default 60000. */
  timeoutMs?: number;
  /** Telnyx page requests in flight at once. Default 4. */
  concurrency?: number;
  /** Extra request headers (an `Authorization` here is overridden by the key). */
  headers?: Record<string, string>;
  /** Largest response body accepted. Default 50 MiB. */
  maxResponseBytes?: number;
  /** Receives one debug line per attempt (method, URL without query, status); never headers or the key. */
  logger?: Pick<Console, 'debug' | 'warn'>;
  /** First backoff step; doubles per retry. Default 500. */
  retryBaseDelayMs?: number;
  /** Cap on any wait between attempts, including a server's Retry-After. Default 30000. */
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
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, users: telnyxUsers(ctx) };
}

/** Creates a Flashback client. @see specs/flashback.yaml */
export function createFlashbackClient(options: ClientOptions = {}): FlashbackClient {
  const ctx = createContext<Flashback.paths>('flashback', options);
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, organization: { users: flashbackOrganizationUsers(ctx) } };
}

/** Creates an OpenAI admin client. @see specs/openai.yaml */
export function createOpenAIClient(options: ClientOptions = {}): OpenAIClient {
  const ctx = createContext<OpenAI.paths>('openai', options);
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, groups: openaiGroups(ctx), users: openaiUsers(ctx) };
}

function createContext<Paths extends object>(
  vendor: Vendor,
  options: ClientOptions,
): VendorContext<Paths> & { baseUrl: string } {
  const apiKey = resolveApiKey(options.apiKey, KEY_ENV[vendor]);
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URLS[vendor]);
  const validation = checkValidateOptions(options.validate, options.onDrift);
  const retryFetch = createRetryFetch({
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    maxRetries: options.maxRetries ?? 2,
    timeoutMs: options.timeoutMs ?? 60_000,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
    maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 50 * 1024 * 1024,
    logger: options.logger,
  });
  const raw = createClient<Paths>({
    baseUrl,
    fetch: (request) => retryFetch(request),
    ...(options.headers && { headers: options.headers }),
  });
  raw.use(authMiddleware(apiKey));
  const redact = redactor(apiKey);
  const drift =
    validation.mode === 'off'
      ? undefined
      : createDriftChecker({
          vendor,
          mode: validation.mode,
          onDrift: validation.onDrift,
          // The key, or a long enough piece of it, never reaches an event.
          policy: { isSecret: (text) => text.includes(apiKey) || (text.length >= 8 && apiKey.includes(text)) },
        });
  if (drift) raw.use(drift.middleware);
  return {
    drift,
    vendor,
    raw,
    baseUrl,
    concurrency: options.concurrency ?? 4,
    fetchWith: (hooks) => (request) => retryFetch(request, hooks),
    scrub: (error) => scrubError(error, redact),
  };
}
