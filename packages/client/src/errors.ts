import type { VendorId } from '@orgdir/types';

/** The vendors orgdir talks to: the ids of `@orgdir/types`' `VENDOR_IDS`, one definition each in the registry. */
export type Vendor = VendorId;

/** Base class of every error this package throws on purpose. */
export class OrgdirError extends Error {
  override name = 'OrgdirError';

  /** A plain summary for `JSON.stringify`; never holds request headers or the API key. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** Options are missing or unsafe (no API key, key with a line break, non-HTTPS base URL…). */
export class ConfigurationError extends OrgdirError {
  override name = 'ConfigurationError';
}

/** What an {@link APIError} is built from: the decoded vendor envelope, never the request. */
export interface APIErrorInit {
  status: number;
  vendor: Vendor;
  message: string;
  code?: string | undefined;
  requestId?: string | undefined;
  body: unknown;
}

/** The vendor answered with a non-2xx status; subclasses name the common statuses. */
export class APIError extends OrgdirError {
  override name = 'APIError';
  readonly status: number;
  readonly vendor: Vendor;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  /** The decoded error body as the vendor sent it. */
  readonly body: unknown;

  constructor(init: APIErrorInit) {
    super(init.message);
    this.status = init.status;
    this.vendor = init.vendor;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body;
  }

  /** Builds the subclass that matches `init.status`. */
  static from(init: APIErrorInit): APIError {
    const Ctor = statusClass(init.status);
    return new Ctor(init);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, vendor: this.vendor, code: this.code, requestId: this.requestId };
  }
}

/** HTTP 400. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/** HTTP 401: the key is missing, wrong or revoked. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** HTTP 403: the key lacks a permission. */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** HTTP 404. */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** HTTP 422. */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
/** HTTP 429, after the retries ran out. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
/** HTTP 5xx, after the retries ran out. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

function statusClass(status: number): typeof APIError {
  if (status >= 500) return InternalServerError;
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return APIError;
  }
}

/** The request never got an HTTP answer (DNS, refused connection, reset…), after the retries ran out. */
export class APIConnectionError extends OrgdirError {
  override name = 'APIConnectionError';
  /** The vendor whose request failed, when the client knows it. */
  readonly vendor: Vendor | undefined;
  constructor(message = 'Connection error.', options?: { cause?: unknown; vendor?: Vendor | undefined }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.vendor = options?.vendor;
  }

  override toJSON(): Record<string, unknown> {
    return this.vendor ? { ...super.toJSON(), vendor: this.vendor } : super.toJSON();
  }
}

/** An attempt took longer than `timeoutMs`, after the retries ran out. */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
  constructor(message = 'Request timed out.', options?: { vendor?: Vendor | undefined }) {
    super(message, options?.vendor ? { vendor: options.vendor } : undefined);
  }
}

/** The server repeated a page or a cursor, contradicted the page it was asked for, or sent impossible paging meta. */
export class PaginationError extends OrgdirError {
  override name = 'PaginationError';
}

/** What an {@link IncompleteListingError} reports. */
export interface IncompleteListingInit {
  /** Users the server last said the listing holds (`meta.total_results`); undefined when it never said. */
  expected: number | undefined;
  /** Distinct users the listing handed out. */
  received: number;
  /** Items dropped because their id had already been handed out. */
  duplicates: number;
  /** The pages (1-based, in request order) where the listing showed it changed. */
  pages: readonly number[];
  /** How many times the listing was walked from its first page (1 unless `toArray`/`collectDirectory` listed again). */
  passes: number;
  /** What was seen, in a few words (e.g. "page 3 is shorter than the page size"). */
  reasons: readonly string[];
}

/**
 * A listing that changed while it was being paged (users added or removed, pages shifted, an id on
 * two pages, a total that moved). `for await` and `pages()` consumers get it at the end, after every
 * item (each id at most once); `toArray()` and `collectDirectory` list again first and throw it only
 * when no pass was consistent. A {@link PaginationError}, so existing `instanceof` checks still match.
 */
export class IncompleteListingError extends PaginationError {
  override name = 'IncompleteListingError';
  readonly expected: number | undefined;
  readonly received: number;
  readonly duplicates: number;
  readonly pages: readonly number[];
  readonly passes: number;
  readonly reasons: readonly string[];
  constructor(init: IncompleteListingInit) {
    const expected = init.expected === undefined ? 'an unstated number of' : String(init.expected);
    const passes = init.passes === 1 ? '' : ` (last of ${init.passes} passes)`;
    const pages = init.pages.length === 0 ? '' : `; pages involved: ${init.pages.join(', ')}`;
    super(
      `The listing changed while it was paged${passes}: expected ${expected} users, received ${init.received} distinct` +
        ` (${init.duplicates} duplicate${init.duplicates === 1 ? '' : 's'} skipped): ${init.reasons.join('; ')}${pages}.`,
    );
    this.expected = init.expected;
    this.received = init.received;
    this.duplicates = init.duplicates;
    this.pages = init.pages;
    this.passes = init.passes;
    this.reasons = init.reasons;
  }

  /** The same report for a later pass number. */
  withPasses(passes: number): IncompleteListingError {
    return new IncompleteListingError({ ...this, passes });
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      expected: this.expected,
      received: this.received,
      duplicates: this.duplicates,
      pages: this.pages,
      passes: this.passes,
    };
  }
}

/** A 2xx answer whose body is not the documented shape (non-JSON, wrong content type, an envelope that says it failed). */
export class InvalidResponseError extends OrgdirError {
  override name = 'InvalidResponseError';
  readonly vendor: Vendor;
  readonly status: number | undefined;
  constructor(vendor: Vendor, message: string, status?: number) {
    super(`${vendor}: ${message}`);
    this.vendor = vendor;
    this.status = status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), vendor: this.vendor, status: this.status };
  }
}

/** A CSV report whose header is not the documented one, or whose rows do not match it. */
export class ReportFormatError extends OrgdirError {
  override name = 'ReportFormatError';
  readonly expected: readonly string[];
  readonly actual: readonly string[];
  constructor(message: string, expected: readonly string[], actual: readonly string[]) {
    super(message);
    this.expected = expected;
    this.actual = actual;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), expected: this.expected, actual: this.actual };
  }
}

/** A response body larger than `maxResponseBytes`. */
export class ResponseTooLargeError extends OrgdirError {
  override name = 'ResponseTooLargeError';
  readonly limit: number;
  constructor(limit: number) {
    super(`Response body exceeds maxResponseBytes (${limit} bytes).`);
    this.limit = limit;
  }
}

/** What kind of difference between an answer and the spec a {@link DriftEvent} reports. */
export type DriftKind =
  | 'undocumented-property'
  | 'unknown-enum-value'
  | 'type-mismatch'
  | 'missing-required'
  | 'null-not-allowed'
  | 'format-mismatch'
  | 'undocumented-status'
  | 'undocumented-media-type';

/**
 * One difference between a vendor's answer and its spec, found by the `validate` option. `path` is
 * a JSON pointer with array indexes written as `*` (`/data/*\/groups/*\/name`; `''` is the whole
 * body). `expected` and `actual` are types, enum values, formats, statuses or media types, never
 * the value of a string field. `count` is how many times this exact difference occurred in the answer.
 */
export interface DriftEvent {
  vendor: Vendor;
  operationId: string;
  status: number;
  /** The answer's media type without parameters (`application/json`), `''` when it had none. */
  mediaType: string;
  kind: DriftKind;
  path: string;
  expected: string;
  actual: string;
  count: number;
}

/** `validate: 'strict'`: a 2xx answer that differs from the spec; `events` lists every difference. */
export class DriftError extends InvalidResponseError {
  override name = 'DriftError';
  readonly events: readonly DriftEvent[];
  constructor(vendor: Vendor, events: readonly DriftEvent[], status?: number) {
    const first = events[0];
    const summary = first ? `${first.operationId}: ${first.kind} at ${first.path || 'the root'}` : 'drift';
    const more = events.length > 1 ? ` (and ${events.length - 1} more)` : '';
    super(vendor, `the response differs from the spec: ${summary}${more}.`, status);
    this.events = events;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), events: this.events };
  }
}
