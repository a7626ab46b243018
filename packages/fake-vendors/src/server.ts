/**
 * One fake of every vendor on loopback: each endpoint renders the same user store in its vendor's
 * shape, and a fault plan bends any answer. Every request is recorded; `close()` ends every socket.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Answer, EndpointDefinition, OpenAIPaging, PageLimits, VendorDefinition } from './endpoint.js';
import { type LazyUsers, UserStore } from './store.js';
import {
  type Endpoint,
  FAKE_VENDORS,
  type FakeGroup,
  type FakeUser,
  type FakeVendor,
  type Fault,
  type FaultContext,
  type FaultPlan,
  type RecordedRequest,
  type RetryAfter,
} from './types.js';
import { flashback } from './vendors/flashback.js';
import { openai } from './vendors/openai.js';
import { telnyx } from './vendors/telnyx.js';

/** Every vendor definition, by id. */
export const VENDOR_DEFINITIONS: Record<FakeVendor, VendorDefinition> = { telnyx, flashback, openai };

/** Default and maximum page sizes, as the vendors document them. */
export const PAGE_SIZE = { telnyx: { default: 250, max: 250 }, openai: { default: 20, max: 100 } } as const;

/**
 * Strict paging, as the documented APIs validate it: out-of-range sizes get a 400, OpenAI listings
 * take `limit` 0..1000 (default 100) and `order` (default desc), cursors are bare ids, and a group
 * lists only its members (404 for an unknown group). The benchmarks' fakes use it.
 */
export const STRICT_PAGING = {
  telnyx: { outOfRange: 'reject' },
  openai: { default: 100, max: 1000, min: 0, outOfRange: 'reject', order: true, cursor: 'id', groupMembers: 'members' },
} as const satisfies NonNullable<FakeVendorsOptions['paging']>;

/** Options of {@link startFakeVendors}. */
export interface FakeVendorsOptions {
  /** The users every vendor serves (held), or a computed set. */
  users: readonly FakeUser[] | LazyUsers;
  /** Groups; defaults to the distinct group names of `users`. */
  groups?: FakeGroup[];
  plan?: FaultPlan;
  /** When set, any other bearer token gets a 401 (one key for all vendors, or one per vendor). */
  apiKey?: string | Partial<Record<FakeVendor, string>>;
  /** Keep at most this many requests in `requests` (counts keep going). Default: all. */
  recordLimit?: number;
  /** Path prefix of each vendor (default: the real API's, `/v2`, none, `/v1`). */
  prefixes?: Partial<Record<FakeVendor, string>>;
  /** The vendors served (default: all). */
  vendors?: readonly FakeVendor[];
  /** Page sizes and cursor style of the listings (default: as documented, out-of-range sizes clamped). */
  paging?: { telnyx?: Partial<PageLimits>; openai?: Partial<OpenAIPaging> };
  /**
   * A concurrency limit, like a rate-limited API's: a request that arrives while this many are
   * already in flight (at this server, any vendor) gets a 429 in its vendor's envelope, after the
   * latency, whatever the plan says; it is in flight itself until answered. Default: no limit.
   */
  maxInFlight?: number;
  /** Delay before each answer, like a real API's think time. */
  latencyMs?: number;
  /** Keep idle connections this long (default: Node's 5 s). */
  keepAliveMs?: number;
  /** Send an `x-request-id` header with every answer. */
  requestIds?: boolean;
  /** Reuse the bodies of documented answers (bounded; not for computed user sets), as a fast server would; for benchmarks. */
  cacheBodies?: boolean;
}

/** A running fake. */
export interface FakeVendors {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Base URL for a vendor client (its prefix under {@link FakeVendors.url}). */
  baseUrl(vendor: FakeVendor): string;
  readonly requests: readonly RecordedRequest[];
  /** Requests received, including those past `recordLimit`. */
  readonly requestCount: number;
  /** Replaces the fault plan (attempt counters start over). */
  setPlan(plan: FaultPlan | undefined): void;
  /** Forgets the recorded requests (counts keep going). */
  clearRequests(): void;
  /** Requests whose answer is neither finished nor abandoned by the client (stalls the client has not hung up on). */
  readonly inFlight: number;
  /** Bytes written for `huge` bodies so far (shows whether a client stopped reading). */
  readonly hugeBytesWritten: number;
  /** Ids, in order, that a complete listing of `endpoint` yields. */
  expectedIds(endpoint: Endpoint): string[];
  close(): Promise<void>;
}

/** Bounds of the body cache: entries and total characters. */
const CACHE_LIMIT = { entries: 4096, chars: 64 * 1024 * 1024 };

interface Route {
  vendor: VendorDefinition;
  endpoint: EndpointDefinition;
  groupId: string | undefined;
  path: string;
}

/** The answer to a request beyond `maxInFlight`. */
const TOO_MANY_IN_FLIGHT: Fault = { kind: 'status', status: 429, message: 'Too many requests in flight' };

/** Starts the fake on 127.0.0.1, port 0. */
export async function startFakeVendors(options: FakeVendorsOptions): Promise<FakeVendors> {
  const { maxInFlight } = options;
  if (maxInFlight !== undefined && !(Number.isInteger(maxInFlight) && maxInFlight >= 0))
    throw new RangeError(`maxInFlight must be a whole number ≥ 0, got ${maxInFlight}`);
  const store = new UserStore(options.users, options.groups);
  const served = (options.vendors ?? FAKE_VENDORS).map((v) => VENDOR_DEFINITIONS[v]);
  const prefixOf = (v: VendorDefinition) => options.prefixes?.[v.vendor] ?? v.prefix;
  // Longest prefix first, so `/v1/organization/users` is OpenAI's even though Flashback's prefix is empty.
  const byPrefix = [...served].sort((a, b) => prefixOf(b).length - prefixOf(a).length);
  const paging = {
    telnyx: { ...PAGE_SIZE.telnyx, min: 1, outOfRange: 'clamp' as const, ...options.paging?.telnyx },
    openai: {
      ...PAGE_SIZE.openai,
      min: 1,
      outOfRange: 'clamp' as const,
      order: false,
      cursor: 'prefixed' as const,
      groupMembers: 'everyone' as const,
      ...options.paging?.openai,
    },
  };
  let emptyCursors = 0;
  let plan = options.plan;
  const recordLimit = options.recordLimit ?? Number.POSITIVE_INFINITY;
  const requests: RecordedRequest[] = [];
  let requestCount = 0;
  let requestIds = 0;
  let hugeBytesWritten = 0;
  let attempts = new Map<string, number>();
  let cursorOrdinals = new Map<string, Map<string, number>>();
  const sockets = new Set<Socket>();
  const cache = new Map<string, Answer>();
  let cacheChars = 0;
  let cacheVersion = store.version;

  let inFlight = 0;
  const server = createServer({ keepAlive: options.keepAliveMs !== undefined }, (req, res) => {
    const index = requestCount++;
    inFlight++;
    // 'close' fires once the answer is complete or the connection is gone, whichever comes first.
    res.once('close', () => inFlight--);
    try {
      handle(req, res, index);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: String(error) }));
    }
  });
  if (options.keepAliveMs !== undefined) {
    server.keepAliveTimeout = options.keepAliveMs;
    server.headersTimeout = options.keepAliveMs + 1000;
  }
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Clients that give up (timeouts, aborts) reset their sockets; that is expected here.
  server.on('clientError', (_error, socket) => socket.destroy());

  function route(segments: string[]): { vendor: VendorDefinition; path: string; found?: Route } | undefined {
    for (const vendor of byPrefix) {
      const prefix = prefixOf(vendor).split('/').slice(1);
      if (!prefix.every((s, i) => segments[i] === s)) continue;
      const rest = segments.slice(prefix.length);
      const path = `/${rest.join('/')}`;
      for (const endpoint of vendor.endpoints) {
        const params = endpoint.match(rest);
        if (params) return { vendor, path, found: { vendor, endpoint, groupId: params.groupId, path } };
      }
      if (prefix.length > 0) return { vendor, path };
    }
    return undefined;
  }

  function handle(req: IncomingMessage, res: ServerResponse, index: number): void {
    const rawUrl = req.url ?? '/';
    const [rawPath = '/', rawQuery = ''] = rawUrl.split('?', 2) as [string, string?];
    const segments = rawPath.split('/').slice(1);
    const query = new URLSearchParams(rawQuery);
    const matched = route(segments);
    const found = matched?.found;
    const endpoint: Endpoint = found?.endpoint.endpoint ?? 'flashback.users';
    const page = pageOf(found, query);
    const key = `${endpoint}:${found?.groupId ?? ''}:${page}`;
    const attempt = attempts.get(key) ?? 0;
    attempts.set(key, attempt + 1);
    const context: FaultContext = { endpoint, page, attempt, index };
    // `inFlight` already counts this request.
    const limited = maxInFlight !== undefined && inFlight > maxInFlight;
    const fault: Fault = (found && (limited ? TOO_MANY_IN_FLIGHT : plan?.(context))) || { kind: 'ok' };
    const recorded: RecordedRequest = {
      ...context,
      vendor: matched?.vendor.vendor,
      method: req.method ?? 'GET',
      url: rawUrl,
      path: matched?.path ?? rawPath,
      segments,
      query,
      headers: req.headers,
      fault: fault.kind,
    };
    if (requests.length < recordLimit) requests.push(recorded);
    const reply = () => answer(req, res, found, query, fault, recorded);
    if (options.latencyMs) setTimeout(reply, options.latencyMs);
    else reply();
  }

  function answer(
    req: IncomingMessage,
    res: ServerResponse,
    found: Route | undefined,
    query: URLSearchParams,
    fault: Fault,
    recorded: RecordedRequest,
  ): void {
    if (!found) {
      send(res, 404, 'application/json', JSON.stringify({ error: `no route ${recorded.path}` }));
      return;
    }
    const { vendor } = found;
    const key = typeof options.apiKey === 'string' ? options.apiKey : options.apiKey?.[vendor.vendor];
    if (key !== undefined && req.headers.authorization !== `Bearer ${key}`) {
      sendJson(res, 401, vendor.errorBody(401));
      return;
    }
    const accept = req.headers.accept;
    switch (fault.kind) {
      case 'shift':
        store.shift(fault.by);
        sendAnswer(res, render(found, query, fault, accept, recorded.url));
        return;
      case 'ok':
      case 'repeat':
      case 'resize':
      case 'unsuccessful':
      case 'overlap':
      case 'meta':
      case 'empty':
      case 'bad-item':
      case 'drift':
        sendAnswer(res, render(found, query, fault, accept, recorded.url));
        return;
      case 'status': {
        const headers: Record<string, string> = {};
        if (fault.retryAfter) headers['retry-after'] = retryAfterValue(fault.retryAfter);
        const message = fault.echoAuthorization ? `Bad header: ${req.headers.authorization ?? ''}` : fault.message;
        sendJson(res, fault.status, vendor.errorBody(fault.status, message), headers);
        return;
      }
      case 'reset':
        req.socket.destroy();
        return;
      case 'stall':
        return;
      case 'stall-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.flushHeaders();
        return;
      case 'truncated': {
        const body = Buffer.from(render(found, query, { kind: 'ok' }, accept).body);
        const full = Buffer.concat([body, Buffer.alloc(64, 0x20)]);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
        res.write(full.subarray(0, Math.floor(full.length / 2)), () => req.socket.destroy());
        return;
      }
      case 'non-json': {
        const { body } = render(found, query, { kind: 'ok' }, undefined);
        send(res, 200, 'application/json', body.slice(0, Math.max(1, Math.floor(body.length / 2))));
        return;
      }
      case 'wrong-content-type': {
        const { body } = render(found, query, { kind: 'ok' }, accept);
        send(res, 200, 'text/html; charset=utf-8', body);
        return;
      }
      case 'huge':
        sendHuge(res, fault);
        return;
      case 'redirect':
        send(res, fault.status, 'text/plain', '', { location: fault.location });
        return;
      case 'respond': {
        const raw = fault.respond(recorded);
        res.writeHead(raw.status, raw.statusMessage ?? '', {
          ...raw.headers,
          'content-length': Buffer.byteLength(raw.body),
        });
        res.end(raw.body);
        return;
      }
    }
  }

  function pageOf(found: Route | undefined, query: URLSearchParams): number {
    if (!found) return 1;
    if (found.endpoint.page) return found.endpoint.page(query);
    if (found.vendor.vendor !== 'openai') return 1;
    const after = query.get('after');
    if (after === null) return 1;
    // Cursor listings are sequential: number each distinct cursor in the order it first arrives.
    const scope = `${found.endpoint.endpoint}:${found.groupId ?? ''}`;
    let ordinals = cursorOrdinals.get(scope);
    if (!ordinals) {
      ordinals = new Map();
      cursorOrdinals.set(scope, ordinals);
    }
    let ordinal = ordinals.get(after);
    if (ordinal === undefined) {
      ordinal = ordinals.size + 2;
      ordinals.set(after, ordinal);
    }
    return ordinal;
  }

  /** The endpoint's answer; documented answers come from the cache when `cacheBodies` is on. */
  function render(
    found: Route,
    query: URLSearchParams,
    fault: Fault,
    accept: string | undefined,
    url?: string,
  ): Answer {
    // Computed user sets are the ones too big to hold, so their pages are not held either.
    const cacheable = options.cacheBodies === true && !store.lazy && fault.kind === 'ok' && url !== undefined;
    const key = `${url}\0${accept ?? ''}`;
    if (cacheable) {
      if (cacheVersion !== store.version) {
        cache.clear();
        cacheChars = 0;
        cacheVersion = store.version;
      }
      const hit = cache.get(key);
      if (hit) return hit;
    }
    const rendered = found.endpoint.render({
      query,
      groupId: found.groupId,
      accept,
      fault,
      store,
      paging,
      nextEmptyCursor: () => ++emptyCursors,
    });
    if (cacheable && cache.size < CACHE_LIMIT.entries && cacheChars + rendered.body.length <= CACHE_LIMIT.chars) {
      cache.set(key, rendered);
      cacheChars += rendered.body.length;
    }
    return rendered;
  }

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ): void {
    const ids: Record<string, string> = options.requestIds
      ? { 'x-request-id': `req_${(++requestIds).toString(36)}` }
      : {};
    res.writeHead(status, {
      ...headers,
      ...ids,
      'content-type': type,
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  }

  function sendAnswer(res: ServerResponse, { status, type, body }: Answer): void {
    send(res, status, type, body);
  }

  function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
    send(res, status, 'application/json', JSON.stringify(value), headers);
  }

  function sendHuge(res: ServerResponse, fault: Extract<Fault, { kind: 'huge' }>): void {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.declareLength) headers['content-length'] = String(fault.bytes);
    res.writeHead(fault.status ?? 200, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let left = fault.bytes;
    const pump = () => {
      while (left > 0 && !res.destroyed) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        hugeBytesWritten += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', () => {
      left = 0;
    });
    pump();
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    baseUrl: (vendor) => `${url}${prefixOf(VENDOR_DEFINITIONS[vendor])}`,
    get requests() {
      return requests;
    },
    get requestCount() {
      return requestCount;
    },
    get inFlight() {
      return inFlight;
    },
    get hugeBytesWritten() {
      return hugeBytesWritten;
    },
    setPlan(next) {
      plan = next;
      attempts = new Map();
      cursorOrdinals = new Map();
    },
    clearRequests() {
      requests.length = 0;
    },
    expectedIds(endpoint) {
      if (endpoint === 'openai.groups') return store.groups.map((g) => g.id);
      const vendor = endpoint.split('.')[0] as FakeVendor;
      return store.all(vendor).map((u) => u.id);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function retryAfterValue(retryAfter: RetryAfter): string {
  return 'seconds' in retryAfter
    ? String(retryAfter.seconds)
    : new Date(Date.now() + retryAfter.dateOffsetMs).toUTCString();
}

/** Each vendor's error envelope for `status`. */
export function errorBody(endpoint: Endpoint, status: number): unknown {
  return VENDOR_DEFINITIONS[endpoint.split('.')[0] as FakeVendor].errorBody(status);
}
