// Security: any change of the schemes or scopes a request must satisfy breaks.
import { code } from '../context.mjs';
import { deepEqual } from '../equal.mjs';

/**
 * @import { ReferenceObject, SecurityRequirementObject, SecuritySchemeObject } from 'openapi-typescript'
 * @import { DiffContext } from '../context.mjs'
 */

/**
 * Compares two lists of security requirements (of the document or an operation).
 * @param {DiffContext} ctx
 * @param {SecurityRequirementObject[] | undefined} base @param {SecurityRequirementObject[] | undefined} head
 */
export function compareSecurity(ctx, base, head) {
  if (normalize(base) === normalize(head)) return;
  ctx.report(
    'security-changed',
    `security requirements changed from ${code(describeSecurity(base))} to ${code(describeSecurity(head))}`,
  );
}

/**
 * Compares `components.securitySchemes`.
 * @param {DiffContext} ctx
 * @param {Record<string, SecuritySchemeObject | ReferenceObject>} base
 * @param {Record<string, SecuritySchemeObject | ReferenceObject>} head
 */
export function compareSecuritySchemes(ctx, base, head) {
  for (const [name, scheme] of Object.entries(base)) {
    const other = head[name];
    if (!other) {
      ctx.report('security-scheme-removed', `security scheme ${code(name)} removed`);
      continue;
    }
    const { description: before, ...restBefore } = scheme;
    const { description: after, ...restAfter } = other;
    if (!deepEqual(restBefore, restAfter)) {
      ctx.report('security-changed', `security scheme ${code(name)} changed`);
    } else if (before !== after) {
      ctx.report('description-changed', `description of security scheme ${code(name)} changed`);
    }
  }
  for (const name of Object.keys(head)) {
    if (!(name in base)) ctx.report('security-scheme-added', `security scheme ${code(name)} added`);
  }
}

/**
 * A canonical text of requirements: order of requirements, schemes and scopes does not matter.
 * @param {SecurityRequirementObject[] | undefined} reqs
 */
function normalize(reqs) {
  if (reqs === undefined) return 'none';
  return JSON.stringify(
    reqs
      .map((req) =>
        Object.entries(req)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, scopes]) => `${name}:${[...(scopes ?? [])].sort().join(' ')}`)
          .join('&'),
      )
      .sort(),
  );
}

/** @param {SecurityRequirementObject[] | undefined} reqs */
function describeSecurity(reqs) {
  if (reqs === undefined) return 'none';
  if (reqs.length === 0) return '[] (public)';
  return reqs.map((req) => Object.keys(req).join(' + ') || '{} (optional)').join(' | ');
}
