import type { IncomingMessage, ServerResponse } from 'node:http';
import { dataset, type TelnyxUserRecord, telnyxReportCsv, telnyxUser, withoutGroups } from '../data/users.js';
import { authorized, type Handler, intParam, send, sendJson } from './http.js';

/** How a fake Telnyx server behaves. */
export interface TelnyxServerOptions {
  /** Number of organisation users. */
  users: number;
  /** Delay before each answer. */
  latencyMs: number;
  /** The bearer token the server accepts. */
  apiKey: string;
  /** Seed of the data set. */
  seed?: number;
  /** Compute users page by page instead of holding them (for data sets too big to hold). */
  lazy?: boolean;
  /** Answer 429 (after the latency) to a request that arrives while this many are already in flight. */
  maxInFlight?: number;
}

function telnyxError(code: string, title: string, detail: string): unknown {
  return { errors: [{ code, title, detail }] };
}

/**
 * A fake of Telnyx's organisation users API: `GET /organizations/users` (page[number],
 * page[size] 1..250, filter[user_status], filter[email], include_groups; real `meta`) and
 * `GET /organizations/users/users_groups_report` (JSON, or CSV for `Accept: text/csv`).
 * @see specs/telnyx.yaml listOrganizationUsers, getOrganizationUsersGroupsReport
 */
export function telnyxHandler(options: TelnyxServerOptions): Handler {
  const seed = options.seed ?? 7;
  const { latencyMs } = options;
  const held = options.lazy ? undefined : dataset(options.users, seed, telnyxUser);
  const userAt = held ? (i: number) => held[i] as TelnyxUserRecord : (i: number) => telnyxUser(seed, i);
  let csv: Buffer | undefined;
  let reportJson: string | undefined;

  const allUsers = (): TelnyxUserRecord[] => held ?? dataset(options.users, seed, telnyxUser);

  const list = (res: ServerResponse, params: URLSearchParams): void => {
    const number = intParam(params, 'page[number]') ?? 1;
    const size = intParam(params, 'page[size]') ?? 250;
    if (!(number >= 1) || !(size >= 1 && size <= 250)) {
      sendJson(
        res,
        400,
        telnyxError('10015', 'Bad Request', 'page[number] must be >= 1 and page[size] within 1..250'),
        latencyMs,
      );
      return;
    }
    const status = params.get('filter[user_status]');
    const email = params.get('filter[email]');
    const includeGroups = params.get('include_groups') === 'true';
    let total = options.users;
    let pick: (i: number) => TelnyxUserRecord = userAt;
    if (status !== null || email !== null) {
      const matches = allUsers().filter(
        (u) => (status === null || u.user_status === status) && (email === null || u.email.includes(email)),
      );
      total = matches.length;
      pick = (i) => matches[i] as TelnyxUserRecord;
    }
    const data: unknown[] = [];
    const end = Math.min(total, number * size);
    for (let i = (number - 1) * size; i < end; i++) {
      const u = pick(i);
      data.push(includeGroups ? u : withoutGroups(u));
    }
    sendJson(
      res,
      200,
      {
        data,
        meta: { total_pages: Math.ceil(total / size), total_results: total, page_number: number, page_size: size },
      },
      latencyMs,
    );
  };

  const report = (req: IncomingMessage, res: ServerResponse): void => {
    if ((req.headers.accept ?? '').includes('text/csv')) {
      csv ??= Buffer.from(telnyxReportCsv(allUsers()));
      send(res, 200, 'text/csv; charset=utf-8', csv, latencyMs);
      return;
    }
    reportJson ??= JSON.stringify({ data: allUsers() });
    send(res, 200, 'application/json; charset=utf-8', reportJson, latencyMs);
  };

  let inFlight = 0;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.maxInFlight !== undefined) {
      inFlight++;
      res.once('close', () => inFlight--);
      if (inFlight > options.maxInFlight) {
        sendJson(res, 429, telnyxError('10011', 'Too many requests', 'Too many requests in flight'), latencyMs);
        return;
      }
    }
    if (!authorized(req, options.apiKey)) {
      sendJson(res, 401, telnyxError('10009', 'Authentication failed', 'Missing or invalid API key'), latencyMs);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/organizations/users') return list(res, url.searchParams);
    if (req.method === 'GET' && url.pathname === '/organizations/users/users_groups_report') return report(req, res);
    sendJson(
      res,
      404,
      telnyxError('10005', 'Resource not found', `No route for ${req.method} ${url.pathname}`),
      latencyMs,
    );
  };
}
