/** What a vendor file defines: its endpoints, how each renders the store, and its error envelope. */
import type { UserStore } from './store.js';
import type { Endpoint, FakeUser, FakeVendor, Fault } from './types.js';

/** A rendered answer. */
export interface Answer {
  status: number;
  type: string;
  body: string;
}

/** How a listing reads its page size (`page[size]`, `limit`). */
export interface PageLimits {
  default: number;
  max: number;
  /** The smallest size accepted (default 1). */
  min: number;
  /** Out of range: use the nearest accepted size (`clamp`), or answer 400 (`reject`). */
  outOfRange: 'clamp' | 'reject';
}

/** Paging behaviour of the OpenAI listings. */
export interface OpenAIPaging extends PageLimits {
  /** Honour `order=asc|desc` (default desc) instead of always serving store order. */
  order: boolean;
  /** `next` is `cur_<id>` (`prefixed`) or the bare id of the last item (`id`). */
  cursor: 'prefixed' | 'id';
  /** A group lists every user (`everyone`), or only its members, with 404 for an unknown group (`members`). */
  groupMembers: 'everyone' | 'members';
}

/** Everything an endpoint needs to answer one request. */
export interface RenderRequest {
  query: URLSearchParams;
  /** The raw group id segment (OpenAI group users). */
  groupId: string | undefined;
  accept: string | undefined;
  fault: Fault;
  store: UserStore;
  paging: { telnyx: PageLimits; openai: OpenAIPaging };
  /** A fresh number for an `empty` page's cursor. */
  nextEmptyCursor(): number;
}

/** One endpoint of a vendor. */
export interface EndpointDefinition {
  endpoint: Endpoint;
  /** Whether the path segments after the vendor's prefix name this endpoint; its route parameters if so. */
  match(segments: readonly string[]): { groupId?: string } | undefined;
  /** The page a request asks for, for the fault context (default 1). */
  page?(query: URLSearchParams): number;
  render(request: RenderRequest): Answer;
}

/** One vendor: its default path prefix, endpoints and error envelope. */
export interface VendorDefinition {
  vendor: FakeVendor;
  /** Where the real API's paths start under its host (`/v2` for Telnyx), the fake's default prefix. */
  prefix: string;
  endpoints: readonly EndpointDefinition[];
  /** The vendor's error envelope for `status`; `message` replaces the default message. */
  errorBody(status: number, message?: string): unknown;
}

/** A 200 JSON answer. */
export function json(value: unknown, status = 200): Answer {
  return { status, type: 'application/json', body: JSON.stringify(value) };
}

/** `data`, bent by the `bad-item` (one item replaced) or `drift` (fields laid over every item) fault. */
export function bent(data: unknown[], fault: Fault): unknown[] {
  if (fault.kind === 'drift') return data.map((item) => ({ ...(item as object), ...fault.fields }));
  if (fault.kind !== 'bad-item') return data;
  const copy = [...data];
  copy[data.length === 0 ? 0 : fault.at % data.length] = fault.item;
  return copy;
}

/** The size a listing asks for, under `limits`; `undefined` when it must be rejected. */
export function pageSize(value: string | null, limits: PageLimits): number | undefined {
  if (value === null) return Math.min(limits.default, limits.max);
  const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(n) && n >= limits.min && n <= limits.max) return n;
  if (limits.outOfRange === 'reject') return undefined;
  return Number.isInteger(n) && n >= limits.min ? limits.max : Math.min(limits.default, limits.max);
}

/** `user`'s record at `vendor`: its exact record, else `base()` with the user's own fields for that vendor laid over it. */
export function record(
  user: FakeUser,
  vendor: FakeVendor,
  base: () => Record<string, unknown>,
): Record<string, unknown> {
  const exact = user.records?.[vendor];
  if (exact) return exact;
  const fields = user.fields?.[vendor];
  return fields ? { ...base(), ...fields } : base();
}

/** Whether `segments` spell `path` exactly. */
export function isPath(segments: readonly string[], path: string): boolean {
  return segments.join('/') === path;
}
