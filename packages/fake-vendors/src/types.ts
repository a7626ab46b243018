/** The vocabulary of the fake: vendors, endpoints, users, faults and recorded requests. */
import type { IncomingMessage } from 'node:http';
import { VENDOR_IDS, type VendorId } from '@orgdir/types';

/** The vendors the fake serves: every vendor of `@orgdir/types`. */
export type FakeVendor = VendorId;

/** Every vendor the fake serves, in routing order (that of `VENDOR_IDS`). */
export const FAKE_VENDORS: readonly FakeVendor[] = VENDOR_IDS;

/** The operations the fake serves. */
export type Endpoint =
  | 'telnyx.users'
  | 'telnyx.report'
  | 'flashback.users'
  | 'openai.users'
  | 'openai.groups'
  | 'openai.groupUsers';

/** A user as the store holds it; each endpoint renders it in its vendor's shape. */
export interface FakeUser {
  id: string;
  email: string;
  name: string;
  /** Group names the user belongs to. */
  groups: string[];
  /** The vendors this user exists at (default: all). */
  vendors?: readonly FakeVendor[];
  /**
   * Fields laid over the rendered record of one vendor (a field set to `undefined` is left out of
   * the answer), for records the generic rendering does not produce.
   */
  fields?: Partial<Record<FakeVendor, Record<string, unknown>>>;
  /** The user's exact record at a vendor, served as it is instead of a rendered one. */
  records?: Partial<Record<FakeVendor, Record<string, unknown>>>;
}

/** A group as the store holds it (OpenAI `/organization/groups`, Telnyx report groups). */
export interface FakeGroup {
  id: string;
  name: string;
  /** Fields laid over the rendered group (OpenAI `/organization/groups`). */
  fields?: Record<string, unknown>;
}

/** The paging fields of a Telnyx page's meta. */
export type MetaField = 'total_pages' | 'page_number' | 'page_size' | 'total_results';

/** `Retry-After` as delta-seconds, or as an HTTP date `offsetMs` from now (may be in the past). */
export type RetryAfter = { seconds: number } | { dateOffsetMs: number };

/** What the server does with one request. */
export type Fault =
  /** The documented answer. */
  | { kind: 'ok' }
  /**
   * An error status in the vendor's envelope, optionally with `Retry-After` and its own `message`;
   * `echoAuthorization` puts the request's Authorization header into the error message instead, as
   * a careless server might.
   */
  | { kind: 'status'; status: number; retryAfter?: RetryAfter; message?: string; echoAuthorization?: boolean }
  /** Destroys the connection before any byte of the answer. */
  | { kind: 'reset' }
  /** Never answers (until the client gives up or the server closes). */
  | { kind: 'stall' }
  /** Sends the status line and headers, then never the body. */
  | { kind: 'stall-body' }
  /** Declares the full Content-Length, sends half the body, then destroys the connection. */
  | { kind: 'truncated' }
  /** A complete 200 whose body is cut mid-JSON (Content-Length matches what is sent). */
  | { kind: 'non-json' }
  /** A 200 with the documented body but `Content-Type: text/html`. */
  | { kind: 'wrong-content-type' }
  /** Flashback only: a 200 with `{success:false}`. */
  | { kind: 'unsuccessful' }
  /** Listings: the previous page again (Telnyx: same items under the next number; OpenAI: `next` = the cursor just used). */
  | { kind: 'repeat' }
  /** Listings: this page is cut at `pageSize` items instead of the requested size, and says so in its meta. */
  | { kind: 'resize'; pageSize: number }
  /**
   * The data changes while paging: just before this request is answered, `by` new users are added
   * at the front (`by` > 0) or the first −`by` removed (`by` < 0), for good. Later pages shift.
   */
  | { kind: 'shift'; by: number }
  /** Listings: this page starts `by` items early, repeating the end of the page before (an id on two pages). */
  | { kind: 'overlap'; by: number }
  /**
   * Telnyx users: meta field `field` is bent: a number is added to its true value, a string is
   * sent as raw JSON text in its place (`2.5`, `1e999`, `"NaN"`, `null`…).
   */
  | { kind: 'meta'; field: MetaField; value: number | string }
  /** OpenAI listings: no items, `has_more: true`, and (where the listing has `next`) a new cursor to the same place. */
  | { kind: 'empty' }
  /** Listings and JSON answers: item `at` (modulo the page's length; added to an empty page) is replaced by `item`. */
  | { kind: 'bad-item'; item: unknown; at: number }
  /**
   * Drift: every item of a JSON answer gets `fields` laid over it (undocumented fields, unknown
   * enum values, a field of another type; `undefined` removes a field).
   */
  | { kind: 'drift'; fields: Record<string, unknown> }
  /** A body of `bytes` bytes, with or without a Content-Length. */
  | { kind: 'huge'; bytes: number; declareLength: boolean; status?: number }
  /** A redirect to `location` (absolute, or a path on this server). */
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
  /** Anything: built from the request (e.g. an error body that echoes the Authorization header). */
  | { kind: 'respond'; respond: (request: RecordedRequest) => RawAnswer };

/** A hand-made answer for the `respond` fault. */
export interface RawAnswer {
  status: number;
  statusMessage?: string;
  headers?: Record<string, string>;
  body: string;
}

/** Where a request falls: its operation, its page (1-based) and how many times that page was asked before. */
export interface FaultContext {
  endpoint: Endpoint;
  /** Telnyx: `page[number]`; OpenAI: the ordinal of the distinct `after` cursor (1 for none); else 1. */
  page: number;
  /** 0 for the first request of this page, 1 for its first retry… */
  attempt: number;
  /** Position of this request among all requests the server received. */
  index: number;
}

/** Chooses the fault for each request; `undefined` means `ok`. */
export type FaultPlan = (context: FaultContext) => Fault | undefined;

/** One received request. */
export interface RecordedRequest extends FaultContext {
  /** The vendor whose prefix the path matched (`undefined` when none did). */
  vendor: FakeVendor | undefined;
  method: string;
  /** The raw request target, as sent (still percent-encoded). */
  url: string;
  /** The raw path after the vendor's prefix (still percent-encoded). */
  path: string;
  /** The raw path segments (percent-encoded), without the empty leading one. */
  segments: string[];
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  fault: Fault['kind'];
}
