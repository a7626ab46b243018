// Classifies the differences between two dereferenced OpenAPI 3.x documents for a client that calls
// the API: the base is what consumers were built against, the head is the change. Each difference is
// reported under a rule of rules.mjs, whose verdict says whether it breaks clients; the checks live in
// check/, one file per OpenAPI object, and share one DiffContext.
import { compareKeywords } from './check/keywords.mjs';
import { compareOperations } from './check/operations.mjs';
import { compareSecurity, compareSecuritySchemes } from './check/security.mjs';
import { compareServers } from './check/servers.mjs';
import { DiffContext } from './context.mjs';
import { deepEqual, equalIgnoringAnnotations } from './equal.mjs';

/**
 * @import { OpenAPI3 } from 'openapi-typescript'
 * @import { Change } from './context.mjs'
 */

/** The keys of a document that the rules compare (component schemas are reached through the operations). */
const DOCUMENT_KEYS = new Set(['info', 'servers', 'security', 'paths', 'components']);

/**
 * Compares two dereferenced OpenAPI documents and lists every change with its verdict.
 * @param {OpenAPI3 | undefined} base the document consumers were built against (`undefined` when the spec is new)
 * @param {OpenAPI3 | undefined} head the changed document (`undefined` when the spec was deleted)
 * @returns {Change[]}
 */
export function classify(base, head) {
  /** @type {Change[]} */
  const changes = [];
  if (!base && !head) return changes;
  if (!base || !head) {
    const doc = /** @type {OpenAPI3} */ (base ?? head);
    const ctx = new DiffContext({ base: doc, head: doc, changes });
    if (base) ctx.report('api-removed', 'API removed');
    else ctx.report('api-added', 'API added');
    return changes;
  }

  const ctx = new DiffContext({ base, head, changes });
  for (const key of /** @type {const} */ (['title', 'version', 'summary', 'description'])) {
    if (base.info?.[key] !== head.info?.[key]) ctx.report('info-changed', `\`info.${key}\` changed`);
  }
  compareServers(ctx, base.servers, head.servers);
  compareSecurity(ctx, base.security, head.security);
  compareSecuritySchemes(ctx, base.components?.securitySchemes ?? {}, head.components?.securitySchemes ?? {});
  compareKeywords(ctx, 'document', base, head, DOCUMENT_KEYS);
  compareOperations(ctx);

  if (changes.length === 0 && !deepEqual(base, head)) {
    // Something changed that no rule looks at: harmless when it is only annotations, else for review.
    if (equalIgnoringAnnotations(base, head)) {
      ctx.report('annotation-changed', 'only annotations changed (examples, tags, titles, `x-` extensions…)');
    } else {
      ctx.report(
        'other-change',
        'changes outside the classified rules (e.g. an unused component, a restructured schema)',
      );
    }
  }
  return changes;
}
