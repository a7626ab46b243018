import type { Client } from 'openapi-fetch';
import type { Vendor } from '../errors.js';
import type { RetryHooks } from '../middleware/retry.js';
import type { DecodedError } from './api-error.js';
import type { DriftChecker } from './drift.js';

/** What a vendor's resources share: the typed openapi-fetch client plus the few hooks they need. */
export interface VendorContext<Paths extends object> {
  vendor: Vendor;
  raw: Client<Paths>;
  /** Reads the vendor's error envelope of a non-2xx answer. */
  decodeError(body: unknown): DecodedError;
  /** Page requests in flight at once (listings paged by number). */
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
export type AnswerContext = Pick<VendorContext<object>, 'vendor' | 'decodeError' | 'scrub' | 'maxRelists' | 'drift'>;

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
