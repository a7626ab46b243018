import type { Client } from 'openapi-fetch';
import { InvalidResponseError, type Vendor } from '../errors.js';
import type { RetryHooks } from '../middleware/retry.js';
import { PagedIterable, type PageSource } from '../pagination.js';
import type { DriftChecker } from './drift.js';
import { toAPIError } from './vendor-errors.js';

/** What a vendor's resources share: the typed openapi-fetch client plus the few hooks they need. */
export interface VendorContext<Paths extends object> {
  vendor: Vendor;
  raw: Client<Paths>;
  /** Page requests in flight at the start of a page-number listing (Telnyx). */
  concurrency: number;
  /** The most page requests in flight a page-number listing grows to; equal to `concurrency` fixes the level. */
  maxConcurrency?: number | undefined;
  /** Times `toArray()` lists again from page 1 after an inconsistent pass. */
  maxRelists?: number;
  /** A per-request `fetch` for openapi-fetch carrying the caller's signal (held strongly) and a retry listener. */
  fetchWith(hooks: RetryHooks): (request: Request) => Promise<Response>;
  /** Removes the API key from an error before it leaves a resource (see `scrubError`). */
  scrub(error: unknown): unknown;
  /** Checks answers against the spec when the `validate` option is on. */
  drift?: DriftChecker | undefined;
  /** Removes the API key (and any long fragment of it) from a string; unchanged when it holds none. */
  redact(text: string): string;
}

/** The part of a vendor context that decoding answers needs (independent of the paths). */
export type AnswerContext = Pick<VendorContext<object>, 'vendor' | 'scrub' | 'maxRelists' | 'drift'>;

/**
 * Wraps every method of a resource (and of its nested resources) so that whatever it throws,
 * synchronously or as a rejected promise, leaves with the key scrubbed out. Argument checks that
 * throw before any request (and quote the argument) are covered too.
 */
export function scrubbedResource<R extends object>(scrub: (error: unknown) => unknown, resource: R): R {
  const wrapped: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(resource)) {
    if (typeof member === 'function') {
      wrapped[name] = (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (member as (...a: unknown[]) => unknown).apply(resource, args);
        } catch (error) {
          throw scrub(error);
        }
        return result instanceof Promise
          ? result.catch((error: unknown) => {
              throw scrub(error);
            })
          : result;
      };
    } else if (member !== null && typeof member === 'object' && Object.getPrototypeOf(member) === Object.prototype) {
      wrapped[name] = scrubbedResource(scrub, member);
    } else wrapped[name] = member;
  }
  return wrapped as R;
}

/** Runs one resource call; whatever it throws leaves with the key scrubbed out. */
export async function guarded<T>(ctx: AnswerContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw ctx.scrub(error);
  }
}

/** A PagedIterable whose errors (API, pagination, shape) leave with the key scrubbed out. */
export function paged<T, B>(ctx: AnswerContext, source: PageSource<T, B>, signal?: AbortSignal): PagedIterable<T, B> {
  return new PagedIterable<T, B>(
    async function* (pageSignal) {
      try {
        yield* source(pageSignal);
      } catch (error) {
        throw ctx.scrub(error);
      }
    },
    signal,
    { maxRelists: ctx.maxRelists },
  );
}

/** openapi-fetch's result, loosened to what `call` reads. */
export interface RawResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The media type a successful answer must carry. */
export type Expect = 'json' | 'csv';

/**
 * Awaits an openapi-fetch call and returns its data, or throws: the APIError subclass for a
 * non-2xx, InvalidResponseError for a 2xx that is not JSON (or CSV) as documented.
 */
export async function call<D>(
  ctx: AnswerContext,
  pending: Promise<RawResult<D>>,
  expect: Expect = 'json',
): Promise<{ data: D; response: Response }> {
  let result: RawResult<D>;
  try {
    result = await pending;
  } catch (error) {
    // openapi-fetch JSON-parses 2xx bodies; a SyntaxError means the body was not JSON.
    if (error instanceof SyntaxError)
      throw new InvalidResponseError(ctx.vendor, 'the response body is not valid JSON.');
    throw error;
  }
  const { response } = result;
  // Before any other check, so an undocumented status or media type is reported as drift too.
  await ctx.drift?.inspect(response, response.ok ? result.data : result.error);
  if (!response.ok) throw toAPIError(ctx.vendor, response, result.error);
  const type = response.headers.get('content-type') ?? '';
  const ok = expect === 'json' ? /^application\/([\w.+-]*\+)?json\b/i.test(type) : /^text\/csv\b/i.test(type);
  if (!ok) {
    throw new InvalidResponseError(
      ctx.vendor,
      `expected ${expect} but the response is "${type || 'untyped'}".`,
      response.status,
    );
  }
  if (result.data === undefined)
    throw new InvalidResponseError(ctx.vendor, 'the response body is empty.', response.status);
  return { data: result.data, response };
}

/** The error for a 2xx body that is not the documented shape; `what` names that shape. */
export function invalidShape(ctx: AnswerContext, what: string): InvalidResponseError {
  return new InvalidResponseError(ctx.vendor, `the response is not ${what}.`);
}
