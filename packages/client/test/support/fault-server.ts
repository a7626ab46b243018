/**
 * A fake vendor server for reliability and security tests: it serves one set of users the way
 * Telnyx, Flashback and OpenAI do (page numbers, a report in JSON or CSV, one unpaginated list,
 * cursors), and answers each request according to a fault plan: 429 with `Retry-After`, 5xx,
 * connection resets, stalls, truncated or non-JSON bodies, a wrong content type, a repeated page
 * or cursor, a page of another size, users added or removed while paging, a page that starts early,
 * bent paging meta, empty pages that claim more, items that are not objects with a string id.
 * Every request is recorded; `close()` ends every socket.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A user as the fake stores it; each endpoint renders it in its vendor's shape. */
export interface FakeUser {
  id: string;
  email: string;
  name: string;
  /** Group names the user belongs to. */
  groups: string[];
}

/** A group as the fake stores it (OpenAI `/organization/groups`, Telnyx report groups). */
export interface FakeGroup {
  id: string;
  name: string;
}

/** The operations the fake serves. */
export type Endpoint =
  | 'telnyx.users'
  | 'telnyx.report'
  | 'flashback.users'
  | 'openai.users'
  | 'openai.groups'
  | 'openai.groupUsers';

/** The paging fields of a Telnyx page's meta. */
export type MetaField = 'total_pages' | 'page_number' | 'page_size' | 'total_results';

/** `Retry-After` as delta-seconds, or as an HTTP date `offsetMs` from now (may be in the past). */
export type RetryAfter = { seconds: number } | { dateOffsetMs: number };

/** What the server does with one request. */
export type Fault =
  /** The documented answer. */
  | { kind: 'ok' }
  /** An error status in the vendor's envelope, optionally with `Retry-After`. */
  | { kind: 'status'; status: number; retryAfter?: RetryAfter }
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
  /** A body of `bytes` bytes, with or without a Content-Length. */
  | { kind: 'huge'; bytes: number; declareLength: boolean; status?: number }
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
  method: string;
  /** The raw request target, as sent (still percent-encoded). */
  url: string;
  /** The raw path segments (percent-encoded), without the empty leading one. */
  segments: string[];
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  fault: Fault['kind'];
}

/** Options of {@link startFaultServer}. */
export interface FaultServerOptions {
  users: FakeUser[];
  /** OpenAI groups; defaults to the distinct group names of `users`. */
  groups?: FakeGroup[];
  plan?: FaultPlan;
  /** When set, any other bearer token gets a 401. */
  apiKey?: string;
  /** Keep at most this many requests in `requests` (counts keep going). Default: all. */
  recordLimit?: number;
}

/** A running fault server. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Base URL for a vendor client (Telnyx `/v2`, OpenAI `/v1`, Flashback none), as the real ones have. */
  baseUrl(vendor: 'telnyx' | 'flashback' | 'openai'): string;
  readonly requests: readonly RecordedRequest[];
  /** Requests received, including those past `recordLimit`. */
  readonly requestCount: number;
  /** Replaces the fault plan (attempt counters start over). */
  setPlan(plan: FaultPlan | undefined): void;
  /** Requests whose answer is neither finished nor abandoned by the client (stalls the client has not hung up on). */
  readonly inFlight: number;
  /** Bytes written for `huge` bodies so far (shows whether a client stopped reading). */
  readonly hugeBytesWritten: number;
  /** Ids, in order, that a complete listing of `endpoint` yields. */
  expectedIds(endpoint: Endpoint): string[];
  close(): Promise<void>;
}

/** Default and maximum page sizes, as the vendors document them. */
export const PAGE_SIZE = { telnyx: { default: 250, max: 250 }, openai: { default: 20, max: 100 } } as const;

const PREFIX = { telnyx: '/v2', flashback: '', openai: '/v1' } as const;

/** Builds `n` users with distinct ids, e-mails and a few groups each. */
export function makeUsers(n: number, groupCount = 3): FakeUser[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `user_${String(i).padStart(5, '0')}`,
    email: `user${i}@example.com`,
    name: `User ${i}`,
    groups: Array.from({ length: i % (groupCount + 1) }, (_, g) => `Group ${g}`),
  }));
}

/** Starts the server on 127.0.0.1, port 0. */
export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  // A copy: `shift` adds and removes users while the server runs.
  const users = [...options.users];
  let inserted = 0;
  let emptyCursors = 0;
  const groups =
    options.groups ??
    [...new Set(users.flatMap((u) => u.groups))].map((name, i) => ({
      id: `group_${String(i).padStart(4, '0')}`,
      name,
    }));
  let plan = options.plan;
  const recordLimit = options.recordLimit ?? Number.POSITIVE_INFINITY;
  const requests: RecordedRequest[] = [];
  let requestCount = 0;
  let hugeBytesWritten = 0;
  let attempts = new Map<string, number>();
  let cursorOrdinals = new Map<string, Map<string, number>>();
  const sockets = new Set<Socket>();

  let inFlight = 0;
  const server = createServer((req, res) => {
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
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Clients that give up (timeouts, aborts) reset their sockets; that is expected here.
  server.on('clientError', (_error, socket) => socket.destroy());

  function handle(req: IncomingMessage, res: ServerResponse, index: number): void {
    const rawUrl = req.url ?? '/';
    const [rawPath = '/', rawQuery = ''] = rawUrl.split('?', 2) as [string, string?];
    const segments = rawPath.split('/').slice(1);
    const query = new URLSearchParams(rawQuery);
    const route = resolve(segments);
    const endpoint: Endpoint = route?.endpoint ?? 'flashback.users';
    const page = pageOf(endpoint, query, route?.groupId);
    const key = `${endpoint}:${route?.groupId ?? ''}:${page}`;
    const attempt = attempts.get(key) ?? 0;
    attempts.set(key, attempt + 1);
    const context: FaultContext = { endpoint, page, attempt, index };
    const fault: Fault = (route && plan?.(context)) || { kind: 'ok' };
    const recorded: RecordedRequest = {
      ...context,
      method: req.method ?? 'GET',
      url: rawUrl,
      segments,
      query,
      headers: req.headers,
      fault: fault.kind,
    };
    if (requests.length < recordLimit) requests.push(recorded);

    if (!route) {
      send(res, 404, 'application/json', JSON.stringify({ error: `no route ${rawPath}` }));
      return;
    }
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      sendJson(res, 401, errorBody(endpoint, 401));
      return;
    }
    switch (fault.kind) {
      case 'shift':
        if (fault.by > 0) {
          const added = Array.from({ length: fault.by }, () => {
            const n = inserted++;
            return { id: `inserted_${n}`, email: `inserted${n}@example.com`, name: `Inserted ${n}`, groups: [] };
          });
          users.unshift(...added);
        } else {
          users.splice(0, -fault.by);
        }
        answer(res, endpoint, query, fault, route.groupId, req.headers.accept);
        return;
      case 'ok':
      case 'repeat':
      case 'resize':
      case 'unsuccessful':
      case 'overlap':
      case 'meta':
      case 'empty':
      case 'bad-item':
        answer(res, endpoint, query, fault, route.groupId, req.headers.accept);
        return;
      case 'status': {
        const headers: Record<string, string> = {};
        if (fault.retryAfter) headers['retry-after'] = retryAfterValue(fault.retryAfter);
        sendJson(res, fault.status, errorBody(endpoint, fault.status), headers);
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
        const body = Buffer.from(render(endpoint, query, { kind: 'ok' }, route.groupId, req.headers.accept).body);
        const full = Buffer.concat([body, Buffer.alloc(64, 0x20)]);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
        res.write(full.subarray(0, Math.floor(full.length / 2)), () => req.socket.destroy());
        return;
      }
      case 'non-json': {
        const { body } = render(endpoint, query, { kind: 'ok' }, route.groupId, undefined);
        send(res, 200, 'application/json', body.slice(0, Math.max(1, Math.floor(body.length / 2))));
        return;
      }
      case 'wrong-content-type': {
        const { body } = render(endpoint, query, { kind: 'ok' }, route.groupId, req.headers.accept);
        send(res, 200, 'text/html; charset=utf-8', body);
        return;
      }
      case 'huge':
        sendHuge(res, fault);
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

  function pageOf(endpoint: Endpoint, query: URLSearchParams, groupId: string | undefined): number {
    if (endpoint === 'telnyx.users') return Number(query.get('page[number]') ?? '1');
    if (!endpoint.startsWith('openai.')) return 1;
    const after = query.get('after');
    if (after === null) return 1;
    // Cursor listings are sequential: number each distinct cursor in the order it first arrives.
    const scope = `${endpoint}:${groupId ?? ''}`;
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

  function answer(
    res: ServerResponse,
    endpoint: Endpoint,
    query: URLSearchParams,
    fault: Fault,
    groupId: string | undefined,
    accept: string | undefined,
  ): void {
    const { status, type, body } = render(endpoint, query, fault, groupId, accept);
    send(res, status, type, body);
  }

  /** The documented body of an endpoint, bent by `repeat`/`resize`/`unsuccessful`. */
  function render(
    endpoint: Endpoint,
    query: URLSearchParams,
    fault: Fault,
    groupId: string | undefined,
    accept: string | undefined,
  ): { status: number; type: string; body: string } {
    const json = (value: unknown) => ({ status: 200, type: 'application/json', body: JSON.stringify(value) });
    /** `data`, with the `bad-item` fault's item in place of one of its items. */
    const bent = (data: unknown[]): unknown[] => {
      if (fault.kind !== 'bad-item') return data;
      const copy = [...data];
      copy[data.length === 0 ? 0 : fault.at % data.length] = fault.item;
      return copy;
    };
    switch (endpoint) {
      case 'telnyx.users': {
        const requested = clampSize(query.get('page[size]'), PAGE_SIZE.telnyx);
        const size = fault.kind === 'resize' ? fault.pageSize : requested;
        const number = Number(query.get('page[number]') ?? '1');
        // A repeated page: the items of the page before, labelled with the number asked for.
        const source = fault.kind === 'repeat' && number > 1 ? number - 1 : number;
        const start = Math.max(0, (source - 1) * size - (fault.kind === 'overlap' ? fault.by : 0));
        const data = users.slice(start, start + size).map((u) => telnyxUser(u, query.get('include_groups') === 'true'));
        const meta: Record<MetaField, number> = {
          total_pages: Math.ceil(users.length / size),
          total_results: users.length,
          page_number: number,
          page_size: size,
        };
        if (fault.kind === 'meta' && typeof fault.value === 'number') meta[fault.field] += fault.value;
        const answer = json({ data: bent(data), meta });
        if (fault.kind === 'meta' && typeof fault.value === 'string') {
          answer.body = answer.body.replace(new RegExp(`"${fault.field}":-?[0-9]+`), `"${fault.field}":${fault.value}`);
        }
        return answer;
      }
      case 'telnyx.report': {
        if (accept?.includes('text/csv'))
          return { status: 200, type: 'text/csv; charset=utf-8', body: reportCsv(users) };
        return json({
          data: bent(
            users.map((u) => ({
              ...telnyxUser(u, false),
              groups: u.groups.map((name) => ({ id: groupIdOf(name), name })),
            })),
          ),
        });
      }
      case 'flashback.users': {
        if (fault.kind === 'unsuccessful') return json({ success: false, data: [], total: 0 });
        return json({ success: true, data: bent(users.map(flashbackUser)), total: users.length });
      }
      case 'openai.users':
      case 'openai.groups':
      case 'openai.groupUsers': {
        const items: Array<{ id: string }> =
          endpoint === 'openai.groups'
            ? groups.map(openaiGroup)
            : users.map((u) => openaiUser(u, endpoint === 'openai.users' ? 'reader' : undefined));
        const limit = fault.kind === 'resize' ? fault.pageSize : clampSize(query.get('limit'), PAGE_SIZE.openai);
        const after = query.get('after');
        // An `empty` page's cursor is `emptyN_` before the cursor it was asked with (nothing: the start).
        const target = after?.replace(/^(empty\d+_)+/, '') || null;
        const position =
          target === null ? 0 : items.findIndex((item) => item.id === target || `cur_${item.id}` === target) + 1;
        if (target !== null && position === 0) {
          return { status: 400, type: 'application/json', body: JSON.stringify(errorBody(endpoint, 400)) };
        }
        if (fault.kind === 'empty') {
          if (endpoint === 'openai.users')
            return json({ object: 'list', data: [], first_id: null, last_id: null, has_more: true });
          return json({ object: 'list', data: [], has_more: true, next: `empty${++emptyCursors}_${after ?? ''}` });
        }
        // A repeated cursor: the page that ended at `after`, still claiming more, pointing back at `after`.
        const repeated = fault.kind === 'repeat' && after !== null;
        const back = repeated ? limit : fault.kind === 'overlap' ? fault.by : 0;
        const start = Math.max(0, position - back);
        const data = items.slice(start, start + limit);
        const has_more = repeated || start + limit < items.length;
        const last = data.at(-1)?.id;
        if (endpoint === 'openai.users') {
          return json({
            object: 'list',
            data: bent(data),
            first_id: data[0]?.id ?? null,
            last_id: last ?? null,
            has_more,
          });
        }
        const next = repeated ? after : has_more && last !== undefined ? `cur_${last}` : null;
        void groupId;
        return json({ object: 'list', data: bent(data), has_more, next });
      }
    }
  }

  function groupIdOf(name: string): string {
    return groups.find((g) => g.name === name)?.id ?? `group_${name}`;
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
    baseUrl: (vendor) => `${url}${PREFIX[vendor]}`,
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
    expectedIds(endpoint) {
      return endpoint === 'openai.groups' ? groups.map((g) => g.id) : users.map((u) => u.id);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Maps a raw path to an endpoint (and the raw group id segment for group users). */
function resolve(segments: string[]): { endpoint: Endpoint; groupId?: string } | undefined {
  const path = segments.join('/');
  if (path === 'v2/organizations/users') return { endpoint: 'telnyx.users' };
  if (path === 'v2/organizations/users/users_groups_report') return { endpoint: 'telnyx.report' };
  if (path === 'organization/users') return { endpoint: 'flashback.users' };
  if (path === 'v1/organization/users') return { endpoint: 'openai.users' };
  if (path === 'v1/organization/groups') return { endpoint: 'openai.groups' };
  const [v1, organization, groupsSegment, groupId, usersSegment, ...rest] = segments;
  if (
    v1 === 'v1' &&
    organization === 'organization' &&
    groupsSegment === 'groups' &&
    usersSegment === 'users' &&
    rest.length === 0 &&
    groupId !== undefined
  ) {
    return { endpoint: 'openai.groupUsers', groupId };
  }
  return undefined;
}

function clampSize(value: string | null, limits: { default: number; max: number }): number {
  const n = value === null ? limits.default : Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, limits.max) : limits.default;
}

function retryAfterValue(retryAfter: RetryAfter): string {
  return 'seconds' in retryAfter
    ? String(retryAfter.seconds)
    : new Date(Date.now() + retryAfter.dateOffsetMs).toUTCString();
}

/** Each vendor's error envelope for `status`. */
export function errorBody(endpoint: Endpoint, status: number): unknown {
  if (endpoint.startsWith('telnyx.'))
    return {
      errors: [{ code: String(10000 + status), title: `Fault ${status}`, detail: 'injected by the fault server' }],
    };
  if (endpoint === 'flashback.users') return { success: false, message: `injected ${status}`, data: [], total: 0 };
  return { error: { message: `injected ${status}`, type: 'fault', code: `fault_${status}` } };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...headers, 'content-type': type, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json', JSON.stringify(value), headers);
}

function telnyxUser(u: FakeUser, includeGroups: boolean): Record<string, unknown> {
  return {
    id: u.id,
    record_type: 'organization_sub_user',
    email: u.email,
    user_status: 'enabled',
    organization_user_bypasses_sso: false,
    created_at: '2024-01-01T00:00:00.000Z',
    last_sign_in_at: null,
    ...(includeGroups && { groups: u.groups.map((name) => ({ name })) }),
  };
}

function flashbackUser(u: FakeUser): Record<string, unknown> {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    lastName: 'Fake',
    orgId: 'org_1',
    orgRole: 0,
    validated: true,
    deletedAt: null,
    orgRoleDescription: 'USER',
    orgRoles: [0],
  };
}

function openaiUser(u: FakeUser, role: string | undefined): { id: string } {
  return {
    object: 'organization.user',
    id: u.id,
    name: u.name,
    email: u.email,
    role: role ?? 'member',
    added_at: 1_700_000_000,
  } as { id: string };
}

function openaiGroup(g: FakeGroup): { id: string } {
  return { id: g.id, name: g.name, created_at: 1_700_000_000, is_scim_managed: false } as { id: string };
}

/** The report as RFC 4180 CSV, groups joined by ", " and quoted. */
export function reportCsv(users: FakeUser[]): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = ['id,email,user_status,created_at,last_sign_in_at,groups'];
  for (const u of users) {
    lines.push([u.id, u.email, 'enabled', '2024-01-01T00:00:00.000Z', '', u.groups.join(', ')].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
