/**
 * Random fault schedules (fast-check arbitraries) and the model that says what a correct client
 * must do with them: succeed with exactly the server's items, or throw a given typed error.
 */

import type { Fault } from '@orgdir/fake-vendors';
import fc from 'fast-check';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  type OrgdirError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { MAX_EMPTY_PAGES } from '../../src/pagination.js';

/** A class of error the client may throw. */
export type ErrorClass = abstract new (...args: never[]) => OrgdirError;

/**
 * Faults a client must ride out by retrying: 408/409/429/5xx, resets, cut connections. Stalls are
 * transient too, but they cost a whole per-attempt timeout of wall time, so they come separately
 * ({@link stallFault}, {@link sometimesStalled}).
 */
export const transientFault: fc.Arbitrary<Fault> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      status: fc.constantFrom(500, 502, 503, 504, 408, 409),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      status: fc.constantFrom(429, 503),
      retryAfter: fc.oneof(
        fc.record({ seconds: fc.integer({ min: 0, max: 3 }) }),
        fc.record({ dateOffsetMs: fc.integer({ min: -5_000, max: 5_000 }) }),
      ),
    }),
  },
  { weight: 4, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'truncated' as const }) },
);

/** No answer at all, or headers and then no body, until the client's per-attempt timeout. */
const stallFault: fc.Arbitrary<Fault> = fc.constantFrom({ kind: 'stall' as const }, { kind: 'stall-body' as const });

/** One run in this many schedules a stall (see {@link sometimesStalled}). */
const STALL_ODDS = 8;

/**
 * `schedule` (the attempts of each page), or in one run out of {@link STALL_ODDS} the same with one
 * stall inserted before a random attempt of one of its first `pages` pages. One stall at most, as
 * each costs a whole per-attempt timeout of wall time; only such runs give the client that short
 * timeout, the others a generous one no healthy request reaches (settings `timeoutFor`).
 */
export function sometimesStalled(schedule: fc.Arbitrary<Fault[][]>, pages = 1): fc.Arbitrary<Fault[][]> {
  const stalled = fc
    .tuple(schedule, fc.nat({ max: Math.max(0, pages - 1) }), fc.nat({ max: 3 }), stallFault)
    .map(([before, page, at, stall]) => {
      const after = Array.from({ length: Math.max(before.length, page + 1) }, (_, i) => [...(before[i] ?? [])]);
      (after[page] as Fault[]).splice(at, 0, stall);
      return after;
    });
  return fc.oneof({ weight: STALL_ODDS - 1, arbitrary: schedule }, { weight: 1, arbitrary: stalled });
}

/** Faults no retry can fix: other 4xx, bodies that are not the documented JSON. */
export const permanentFault: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom(400, 401, 403, 404, 422) }),
  fc.constantFrom({ kind: 'non-json' as const }, { kind: 'wrong-content-type' as const }),
);

/** The attempts of one request: mostly within `maxRetries` transient faults, sometimes beyond or hopeless. */
export function attemptsFor(maxRetries: number, extra: fc.Arbitrary<Fault>[] = []): fc.Arbitrary<Fault[]> {
  const withinBudget = fc.array(transientFault, { maxLength: maxRetries });
  const beyondBudget = fc.array(transientFault, { minLength: maxRetries + 1, maxLength: maxRetries + 1 });
  const thenServed = (served: fc.Arbitrary<Fault>) =>
    fc.tuple(withinBudget, served).map(([before, last]) => [...before, last]);
  return fc.oneof(
    { weight: 12, arbitrary: withinBudget },
    { weight: 2, arbitrary: beyondBudget },
    { weight: 2, arbitrary: thenServed(permanentFault) },
    ...extra.map((arbitrary) => ({ weight: 2, arbitrary: thenServed(arbitrary) })),
  );
}

/** How one request ends after its attempts. */
export type RequestOutcome = { served: Fault } | { error: ErrorClass };

/** What the client must make of one attempt's fault. */
function classify(fault: Fault): { served: Fault } | { transient: ErrorClass } | { permanent: ErrorClass } {
  switch (fault.kind) {
    case 'ok':
    case 'repeat':
    case 'resize':
    case 'shift':
    case 'overlap':
    case 'meta':
    case 'empty':
    case 'bad-item':
      return { served: fault };
    case 'unsuccessful':
    case 'non-json':
    case 'wrong-content-type':
      return { permanent: InvalidResponseError };
    case 'reset':
    case 'truncated':
      return { transient: APIConnectionError };
    case 'stall':
    case 'stall-body':
      return { transient: APITimeoutError };
    case 'status':
      return fault.status === 408 || fault.status === 409 || fault.status === 429 || fault.status >= 500
        ? { transient: statusClass(fault.status) }
        : { permanent: statusClass(fault.status) };
    case 'huge':
    case 'respond':
    case 'drift':
    case 'redirect':
      throw new Error(`the model does not cover ${fault.kind}`);
  }
}

/** The APIError subclass a status maps to. */
export function statusClass(status: number): ErrorClass {
  if (status >= 500) return InternalServerError;
  const byStatus: Record<number, ErrorClass> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  };
  return byStatus[status] ?? APIError;
}

/** Plays a request's attempts against the retry budget (`maxRetries` retries after the first attempt). */
export function requestOutcome(attempts: readonly Fault[], maxRetries: number): RequestOutcome {
  for (let attempt = 0; attempt <= maxRetries; attempt++) {
    const step = classify(attempts[attempt] ?? { kind: 'ok' });
    if ('served' in step) return step;
    if ('permanent' in step) return { error: step.permanent };
    if (attempt === maxRetries) return { error: step.transient };
  }
  throw new Error('unreachable');
}

/** What a whole listing must end in. */
export type Expected =
  /** Exactly these ids, in this order. */
  | { ok: string[] }
  /** This error (its exact class). */
  | { error: ErrorClass }
  /**
   * The server broke its own paging, or its data changed while paging: either exactly these ids
   * (the server's users at the end, from a consistent pass), or any OrgdirError.
   */
  | { okOrAnyError: string[] };

/**
 * Telnyx page-number listing of `ids` at `pageSize`, with `schedule[k-1]` the attempts of page k.
 * Pages are judged in order, as the pager hands them out: the first error decides; a page that
 * breaks the paging (another size, hostile meta) or data that changes (`shift`, anywhere: a page
 * requested ahead may change the pages before it) allows any typed error; an `overlap` (an id on
 * two pages) makes the pass inconsistent, so the listing is listed again or fails at its end.
 */
export function expectNumbered(
  ids: string[],
  pageSize: number,
  schedule: readonly Fault[][],
  maxRetries: number,
): Expected {
  const first = requestOutcome(schedule[0] ?? [], maxRetries);
  if ('error' in first) return first;
  const loose = { okOrAnyError: ids };
  if (schedule.some((attempts) => attempts.some((fault) => fault.kind === 'shift'))) return loose;
  let inconsistent = false;
  const total = Math.ceil(ids.length / pageSize);
  for (let page = 1; page <= Math.max(1, total); page++) {
    const outcome = page === 1 ? first : requestOutcome(schedule[page - 1] ?? [], maxRetries);
    if ('error' in outcome) return outcome;
    const { served } = outcome;
    if (served.kind === 'bad-item') return { error: InvalidResponseError };
    if (served.kind === 'resize' || served.kind === 'meta') return loose;
    if (served.kind === 'repeat' && page > 1) return { error: PaginationError };
    if (served.kind === 'overlap' && page > 1) {
      // A whole page early is a repeated page; less is an id on two pages.
      if (served.by >= pageSize) return loose;
      inconsistent = true;
    }
  }
  return inconsistent ? loose : { ok: ids };
}

/**
 * Cursor listing of `ids` at `limit`, with `schedule[p-1]` the attempts of the p-th page.
 * `hasNext`: the listing's answers carry `next` (groups, group users), so an empty page can still
 * point further; OpenAI users page by the last id, which an empty page does not have.
 */
export function expectCursor(
  ids: string[],
  limit: number,
  schedule: readonly Fault[][],
  maxRetries: number,
  hasNext = true,
): Expected {
  let position = 0;
  let empty = 0;
  let inconsistent = false;
  const loose = { okOrAnyError: ids };
  for (let page = 1; ; page++) {
    const outcome = requestOutcome(schedule[page - 1] ?? [], maxRetries);
    if ('error' in outcome) return outcome;
    const { served } = outcome;
    if (served.kind === 'bad-item') return { error: InvalidResponseError };
    if (served.kind === 'empty') {
      if (!hasNext || ++empty > MAX_EMPTY_PAGES) return { error: PaginationError };
      continue;
    }
    empty = 0;
    if (served.kind === 'repeat' && page > 1) {
      // The server answers the page that ended at the cursor. With `next` it points back at the
      // cursor; by last id it does too, unless fewer than a page came before (after a resize to
      // fewer): then that page runs past the cursor, repeating the ids before it.
      if (hasNext || position >= limit) return { error: PaginationError };
      inconsistent = true;
      position = 0;
    }
    if (served.kind === 'overlap' && position > 0) {
      // A whole page early repeats the cursor, or walks back over pages already listed.
      if (served.by >= limit) return loose;
      inconsistent = true;
      position -= served.by;
    }
    if (served.kind === 'shift') return loose;
    position += served.kind === 'resize' ? served.pageSize : limit;
    if (position >= ids.length) return inconsistent ? loose : { ok: ids };
  }
}

/** A single-request operation (Flashback list, Telnyx report). */
export function expectSingle(ids: string[], attempts: readonly Fault[], maxRetries: number): Expected {
  const outcome = requestOutcome(attempts, maxRetries);
  if ('error' in outcome) return outcome;
  return outcome.served.kind === 'bad-item' ? { error: InvalidResponseError } : { ok: ids };
}

/** Runs a listing and returns its ids, or the error it threw. */
export async function settle(
  list: () => Promise<Array<{ id?: unknown }>>,
): Promise<{ ids: string[] } | { thrown: unknown }> {
  try {
    return { ids: (await list()).map((item) => String(item.id)) };
  } catch (thrown) {
    return { thrown };
  }
}

/** A readable name for an error class. */
export function className(value: unknown): string {
  if (typeof value === 'function') return value.name;
  return value instanceof Error ? `${value.constructor.name}: ${value.message}` : String(value);
}

/** {@link sometimesStalled} for the attempts of a single request. */
export function sometimesStalledAttempts(attempts: fc.Arbitrary<Fault[]>): fc.Arbitrary<Fault[]> {
  return sometimesStalled(attempts.map((a) => [a])).map(([a = []]) => a);
}

/** Pages a listing of `items` takes at `size` per page (an empty listing still asks once). */
export const pagesOf = (items: number, size: number): number => Math.max(1, Math.ceil(items / size));
