// Servers: removing a URL or changing the first one (the default base URL of generated clients) breaks.
import { code } from '../context.mjs';
import { deepEqual } from '../equal.mjs';

/**
 * @import { ServerObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/**
 * Compares two server lists (of the document, a path item or an operation).
 * @param {DiffContext} ctx @param {ServerObject[] | undefined} base @param {ServerObject[] | undefined} head
 */
export function compareServers(ctx, base = [], head = []) {
  const baseUrls = base.map((s) => s.url);
  const headUrls = head.map((s) => s.url);
  if (baseUrls[0] !== headUrls[0]) {
    ctx.report(
      'server-changed',
      `default server changed from ${code(baseUrls[0] ?? 'none')} to ${code(headUrls[0] ?? 'none')}`,
    );
  }
  for (const url of baseUrls.slice(1)) {
    if (!headUrls.includes(url)) ctx.report('server-removed', `server ${code(url)} removed`);
  }
  for (const url of headUrls.slice(1)) {
    if (!baseUrls.includes(url)) ctx.report('server-added', `server ${code(url)} added`);
  }
  for (const [index, server] of base.entries()) {
    const other = head.find((s) => s.url === server.url);
    if (other && !deepEqual(server.variables, other.variables)) {
      ctx.report('server-changed', `variables of server ${code(server.url)} changed (index ${index})`);
    }
  }
}
