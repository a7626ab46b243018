import { InvalidResponseError } from '../errors.js';
import { PagedIterable, type PageSource } from '../pagination.js';
import { toAPIError } from './api-error.js';
import { utf8Text } from './read-body.js';
import type { AnswerContext } from './vendor-context.js';

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
  return new PagedIterable<T, B>(source, signal, { maxRelists: ctx.maxRelists, mapError: ctx.scrub });
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
  if (!response.ok) throw toAPIError(ctx.vendor, ctx.decodeError, response, result.error);
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

/**
 * A JSON body read as bytes (`parseAs: 'arrayBuffer'`), parsed: an InvalidResponseError when it is
 * not JSON, as `call` reports one openapi-fetch parsed.
 */
export function parseJsonBytes(ctx: AnswerContext, bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(utf8Text(new Uint8Array(bytes)));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new InvalidResponseError(ctx.vendor, 'the response body is not valid JSON.');
    throw error;
  }
}
