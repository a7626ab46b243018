import type { ServerResponse } from 'node:http';
import { dataset, type OpenAIGroupUserRecord, openaiGroupUser } from '../data/users.js';
import { authorized, type Handler, intParam, sendJson } from './http.js';

/** How a fake OpenAI admin server behaves. */
export interface OpenAIServerOptions {
  /** Number of users in the group. */
  users: number;
  /** Delay before each answer. */
  latencyMs: number;
  /** The bearer token the server accepts. */
  apiKey: string;
  /** The one group the server knows. */
  groupId: string;
  /** Seed of the data set. */
  seed?: number;
}

function openaiError(res: ServerResponse, status: number, type: string, message: string, latencyMs: number): void {
  sendJson(res, status, { error: { message, type, param: null, code: null } }, latencyMs);
}

/**
 * A fake of OpenAI's `GET /organization/groups/{group_id}/users`: cursor pages (`after` is a
 * user id, `limit` 0..1000 default 100, `order` asc|desc default desc) answering
 * `{object: 'list', data, has_more, next}`.
 * @see specs/openai.yaml listGroupUsers
 */
export function openaiHandler(options: OpenAIServerOptions): Handler {
  const { latencyMs } = options;
  const users: OpenAIGroupUserRecord[] = dataset(options.users, options.seed ?? 11, openaiGroupUser);
  const position = new Map<string, number>();
  for (const [i, u] of users.entries()) position.set(u.id, i);
  const route = `/organization/groups/${options.groupId}/users`;

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!authorized(req, options.apiKey)) {
      openaiError(res, 401, 'invalid_request_error', 'Incorrect API key provided.', latencyMs);
      return;
    }
    if (req.method !== 'GET' || url.pathname !== route) {
      openaiError(res, 404, 'invalid_request_error', `No route for ${req.method} ${url.pathname}`, latencyMs);
      return;
    }
    const params = url.searchParams;
    const limit = intParam(params, 'limit') ?? 100;
    const order = params.get('order') ?? 'desc';
    if (!(limit >= 0 && limit <= 1000) || (order !== 'asc' && order !== 'desc')) {
      openaiError(res, 400, 'invalid_request_error', 'limit must be within 0..1000 and order asc or desc', latencyMs);
      return;
    }
    // Position k in request order maps to users[k] (asc) or users[n-1-k] (desc).
    const n = users.length;
    const at = (k: number): OpenAIGroupUserRecord => users[order === 'asc' ? k : n - 1 - k] as OpenAIGroupUserRecord;
    let start = 0;
    const after = params.get('after');
    if (after !== null) {
      const index = position.get(after);
      if (index === undefined) {
        openaiError(res, 400, 'invalid_request_error', `Unknown cursor ${after}`, latencyMs);
        return;
      }
      start = (order === 'asc' ? index : n - 1 - index) + 1;
    }
    const end = Math.min(n, start + limit);
    const data: OpenAIGroupUserRecord[] = [];
    for (let k = start; k < end; k++) data.push(at(k));
    const hasMore = end < n;
    sendJson(
      res,
      200,
      { object: 'list', data, has_more: hasMore, next: hasMore && data.length > 0 ? data[data.length - 1]?.id : null },
      latencyMs,
    );
  };
}
