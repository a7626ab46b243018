import type { Middleware } from 'openapi-fetch';

/**
 * Sends the API key as `Authorization: Bearer <key>` on every request, and nowhere else.
 * The key lives only in this closure, so no client object, error or log can serialise it.
 */
export function authMiddleware(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
}
