// The rules of the breaking-change classifier: one entry per kind of change, each with its verdict for
// a client built against the base spec. The check files (check/*.mjs) report changes by rule id; the
// README's table of rules is rendered from this table (`pnpm spec:rules`), and every rule has a fixture
// test (test/classify.test.mjs fails when one has none).

/**
 * `breaking`: a client built against the base can fail; `review`: the classifier cannot tell, a
 * person must look; `non-breaking`: existing clients keep working.
 * @typedef {'breaking' | 'non-breaking' | 'review'} Verdict
 */

/**
 * Which side of the exchange a rule is about: `request` (what the client sends), `response` (what it
 * reads) or `both` (the document, an operation, or either direction alike).
 * @typedef {'request' | 'response' | 'both'} RuleDirection
 */

/**
 * @typedef {object} Rule
 * @property {Verdict} verdict
 * @property {RuleDirection} direction
 * @property {string} summary one line for the README's table
 */

export const RULES = /** @satisfies {Record<string, Rule>} */ ({
  // Document
  'api-added': { verdict: 'non-breaking', direction: 'both', summary: 'a spec was added to redocly.yaml' },
  'api-removed': { verdict: 'breaking', direction: 'both', summary: 'a spec was removed from redocly.yaml' },
  'info-changed': {
    verdict: 'non-breaking',
    direction: 'both',
    summary: '`info` title, version, summary or description changed',
  },
  'annotation-changed': {
    verdict: 'non-breaking',
    direction: 'both',
    summary: 'only annotations changed elsewhere: examples, tags, titles, `x-` extensions',
  },
  'other-change': {
    verdict: 'review',
    direction: 'both',
    summary: 'something changed that no rule models (e.g. an unused component, a restructured schema)',
  },
  'keyword-changed': {
    verdict: 'review',
    direction: 'both',
    summary: 'a keyword no rule models changed (e.g. `multipleOf`, `uniqueItems`, `not`, `discriminator`, `links`)',
  },
  'description-changed': { verdict: 'non-breaking', direction: 'both', summary: 'a description changed' },
  // Servers
  'server-changed': {
    verdict: 'breaking',
    direction: 'both',
    summary: "the default (first) server URL or a server's variables changed",
  },
  'server-removed': { verdict: 'breaking', direction: 'both', summary: 'a server other than the default was removed' },
  'server-added': { verdict: 'non-breaking', direction: 'both', summary: 'a server was added after the default' },
  // Security
  'security-changed': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'the security requirements or a security scheme changed',
  },
  'security-scheme-removed': { verdict: 'breaking', direction: 'request', summary: 'a security scheme was removed' },
  'security-scheme-added': { verdict: 'non-breaking', direction: 'request', summary: 'a security scheme was added' },
  // Operations
  'path-removed': { verdict: 'breaking', direction: 'both', summary: 'a path was removed' },
  'path-added': { verdict: 'non-breaking', direction: 'both', summary: 'a path was added' },
  'operation-removed': {
    verdict: 'breaking',
    direction: 'both',
    summary: 'an operation of a remaining path was removed',
  },
  'operation-added': { verdict: 'non-breaking', direction: 'both', summary: 'an operation was added to a path' },
  'operation-renamed': {
    verdict: 'breaking',
    direction: 'both',
    summary: 'an operation moved to another path or method (same operationId)',
  },
  'operation-id-changed': { verdict: 'breaking', direction: 'both', summary: "an operation's operationId changed" },
  'operation-deprecated': { verdict: 'non-breaking', direction: 'both', summary: 'an operation was deprecated' },
  // Parameters
  'parameter-removed': { verdict: 'breaking', direction: 'request', summary: 'a parameter was removed' },
  'parameter-renamed': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a parameter was renamed (one out, one in, same location)',
  },
  'required-parameter-added': { verdict: 'breaking', direction: 'request', summary: 'a required parameter was added' },
  'optional-parameter-added': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'an optional parameter was added',
  },
  'parameter-became-required': { verdict: 'breaking', direction: 'request', summary: 'a parameter became required' },
  'parameter-became-optional': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a parameter became optional',
  },
  'parameter-serialization-changed': {
    verdict: 'breaking',
    direction: 'request',
    summary: "a parameter's `style`, `explode` or `allowReserved` changed",
  },
  'parameter-deprecated': { verdict: 'non-breaking', direction: 'request', summary: 'a parameter was deprecated' },
  // Request bodies
  'request-body-added': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'an optional request body was added',
  },
  'required-request-body-added': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a required request body was added',
  },
  'request-body-removed': { verdict: 'breaking', direction: 'request', summary: 'the request body was removed' },
  'request-body-became-required': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'the request body became required',
  },
  'request-body-became-optional': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'the request body became optional',
  },
  // Responses and media types
  'response-status-removed': { verdict: 'breaking', direction: 'response', summary: 'a documented status was removed' },
  'response-status-added': { verdict: 'non-breaking', direction: 'response', summary: 'a documented status was added' },
  'response-header-removed': { verdict: 'breaking', direction: 'response', summary: 'a response header was removed' },
  'response-header-added': { verdict: 'non-breaking', direction: 'response', summary: 'a response header was added' },
  'response-header-became-optional': {
    verdict: 'breaking',
    direction: 'response',
    summary: 'a required response header became optional',
  },
  'media-type-removed': {
    verdict: 'breaking',
    direction: 'both',
    summary: 'a request or response media type was removed',
  },
  'media-type-added': {
    verdict: 'non-breaking',
    direction: 'both',
    summary: 'a request or response media type was added',
  },
  // Schemas
  'schema-removed': { verdict: 'breaking', direction: 'both', summary: 'a schema was removed' },
  'schema-added': { verdict: 'review', direction: 'both', summary: 'a schema was added where there was none' },
  'request-type-removed': {
    verdict: 'breaking',
    direction: 'request',
    summary:
      'a request value stops admitting a type (whichever of `type`, `enum`, `const`, `anyOf`, `oneOf`, `allOf` said so; `number` → `integer` too)',
  },
  'request-type-added': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a request value admits a type it did not (e.g. `integer` → `number`)',
  },
  'response-type-added': {
    verdict: 'breaking',
    direction: 'response',
    summary:
      'a response value admits a type it did not (whichever keyword said so; `integer` → `number` too: a client parsing integers gets 2.5)',
  },
  'response-type-removed': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a response value stops admitting a type (e.g. `[string, null]` → `string`)',
  },
  'format-changed': { verdict: 'breaking', direction: 'both', summary: "a value's `format` changed" },
  'request-enum-value-removed': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a request value stops admitting an enumerated value',
  },
  'request-enum-value-added': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a request value admits another enumerated value',
  },
  'response-enum-value-added': {
    verdict: 'breaking',
    direction: 'response',
    summary: 'a response value admits another enumerated value',
  },
  'response-enum-value-removed': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a response value stops admitting an enumerated value',
  },
  'request-enum-added': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a free request value was restricted to an enumeration',
  },
  'request-enum-removed': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: "a request value's enumeration was lifted",
  },
  'response-enum-added': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a free response value was restricted to an enumeration',
  },
  'response-enum-removed': {
    verdict: 'breaking',
    direction: 'response',
    summary: "a response value's enumeration was lifted",
  },
  'request-constraint-tightened': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a request limit (`minimum`, `maxLength`, `maxItems`…) was added or tightened',
  },
  'request-constraint-relaxed': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a request limit was removed or relaxed',
  },
  'response-constraint-tightened': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a response limit was added or tightened',
  },
  'response-constraint-relaxed': {
    verdict: 'review',
    direction: 'response',
    summary: 'a response limit was removed or relaxed: responses may hold values clients never saw',
  },
  'request-pattern-changed': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a request `pattern` was added or changed',
  },
  'request-pattern-removed': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a request `pattern` was removed',
  },
  'response-pattern-changed': {
    verdict: 'review',
    direction: 'response',
    summary: 'a response `pattern` was added, changed or removed',
  },
  'field-removed': { verdict: 'breaking', direction: 'both', summary: 'an object property was removed' },
  'field-renamed': {
    verdict: 'breaking',
    direction: 'both',
    summary: 'an object property was renamed (one out, one in)',
  },
  'required-field-added': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a required property was added to a request object',
  },
  'optional-field-added': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'an optional property was added to a request object',
  },
  'field-added': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a property was added to a response object',
  },
  'request-field-became-required': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a request property became required',
  },
  'request-field-became-optional': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a request property became optional',
  },
  'response-field-became-required': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a response property became required',
  },
  'response-field-became-optional': {
    verdict: 'breaking',
    direction: 'response',
    summary: 'a response property became optional',
  },
  'additional-properties-closed': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a request object stops allowing additional properties',
  },
  'request-variant-added': {
    verdict: 'non-breaking',
    direction: 'request',
    summary: 'a request `oneOf`/`anyOf` gained a branch',
  },
  'request-variant-removed': {
    verdict: 'breaking',
    direction: 'request',
    summary: 'a request `oneOf`/`anyOf` lost a branch',
  },
  'response-variant-added': {
    verdict: 'breaking',
    direction: 'response',
    summary: 'a response `oneOf`/`anyOf` gained a branch',
  },
  'response-variant-removed': {
    verdict: 'non-breaking',
    direction: 'response',
    summary: 'a response `oneOf`/`anyOf` lost a branch',
  },
  'variants-restructured': {
    verdict: 'review',
    direction: 'both',
    summary: 'a `oneOf`/`anyOf` was introduced or removed: its branches are not compared with the plain schema',
  },
});

/** @typedef {keyof typeof RULES} RuleId */

/** Every rule id, in table order. */
export const RULE_IDS = /** @type {RuleId[]} */ (Object.keys(RULES));

/**
 * Renders the rule table as Markdown (the README's table of rules).
 * @returns {string}
 */
export function rulesMarkdown() {
  const mark = { breaking: '❌ breaking', review: '⚠️ review', 'non-breaking': '✅ non-breaking' };
  const lines = ['| rule | verdict | direction | change |', '| --- | --- | --- | --- |'];
  for (const id of RULE_IDS) {
    /** @type {Rule} */
    const rule = RULES[id];
    lines.push(`| \`${id}\` | ${mark[rule.verdict]} | ${rule.direction} | ${rule.summary.replaceAll('|', '\\|')} |`);
  }
  return lines.join('\n');
}
