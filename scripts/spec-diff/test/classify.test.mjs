import { describe, expect, it } from 'vitest';
import { classify } from '../classify.mjs';
import { RULE_IDS, RULES } from '../rules.mjs';
import { createBody, fixture, listedUser, listUsers } from './support/spec-fixture.mjs';

/**
 * @import { RuleId, Verdict } from '../rules.mjs'
 * @typedef {Array<[RuleId, Verdict]>} Expected the rules a case must report, in order, with their verdicts
 * @typedef {(head: any, base: any) => unknown} Edit edits the head (and, when a case needs it, the base)
 *   of a fresh fixture pair; returns {@link NO_BASE} or {@link NO_HEAD} to compare with no document.
 *   `any`: see spec-fixture.mjs
 */

/** An edit's result: the spec is new. */
const NO_BASE = Symbol('no base');
/** An edit's result: the spec was deleted. */
const NO_HEAD = Symbol('no head');

/** One case per rule at least: a named edit of the fixture and what it must report. @type {Array<[string, Edit, Expected]>} */
const cases = [
  // Document
  ['no change', () => {}, []],
  ['API added', () => NO_BASE, [['api-added', 'non-breaking']]],
  ['API removed', () => NO_HEAD, [['api-removed', 'breaking']]],
  ['info version changed', (d) => (d.info.version = '1.1.0'), [['info-changed', 'non-breaking']]],
  [
    'example changed',
    (d) => (listUsers(d).responses[200].content['application/json'].example = { data: [{ id: 'u1' }] }),
    [['annotation-changed', 'non-breaking']],
  ],
  ['tag added to an operation', (d) => (listUsers(d).tags = ['Users']), [['annotation-changed', 'non-breaking']]],
  [
    'unused component schema added',
    (d) => (d.components.schemas = { Unused: { type: 'string' } }),
    [['other-change', 'review']],
  ],
  ['webhooks added to the document', (d) => (d.webhooks = { userCreated: {} }), [['keyword-changed', 'review']]],
  // Servers
  ['server changed', (d) => (d.servers = [{ url: 'https://api.example.test/v2' }]), [['server-changed', 'breaking']]],
  [
    'server variables changed',
    (d) => (d.servers[0].variables = { region: { default: 'eu' } }),
    [['server-changed', 'breaking']],
  ],
  [
    'operation server changed',
    (d) => (listUsers(d).servers = [{ url: 'https://eu.example.test/v1' }]),
    [['server-changed', 'breaking']],
  ],
  [
    'server added after the default',
    (d) => d.servers.push({ url: 'https://eu.example.test/v1' }),
    [['server-added', 'non-breaking']],
  ],
  [
    'server after the default removed',
    (_head, base) => base.servers.push({ url: 'https://eu.example.test/v1' }),
    [['server-removed', 'breaking']],
  ],
  // Security
  ['security requirement changed', (d) => (d.security = [{ apiKey: [] }]), [['security-changed', 'breaking']]],
  ['operation security changed', (d) => (listUsers(d).security = []), [['security-changed', 'breaking']]],
  [
    'security scheme changed',
    (d) => (d.components.securitySchemes.bearerAuth = { type: 'apiKey', in: 'header', name: 'X-Key' }),
    [['security-changed', 'breaking']],
  ],
  [
    'unused security scheme removed',
    (_head, base) => (base.components.securitySchemes.basic = { type: 'http', scheme: 'basic' }),
    [['security-scheme-removed', 'breaking']],
  ],
  [
    'security scheme added',
    (d) => (d.components.securitySchemes.basic = { type: 'http', scheme: 'basic' }),
    [['security-scheme-added', 'non-breaking']],
  ],
  [
    'security scheme description changed',
    (d) => (d.components.securitySchemes.bearerAuth.description = 'An API key.'),
    [['description-changed', 'non-breaking']],
  ],
  // Operations
  [
    'path removed',
    (d) => delete d.paths['/users/{id}'],
    [
      ['path-removed', 'breaking'],
      ['path-removed', 'breaking'],
    ],
  ],
  [
    'path renamed (same operationId)',
    (d) => {
      d.paths['/members/{id}'] = d.paths['/users/{id}'];
      delete d.paths['/users/{id}'];
    },
    [
      ['operation-renamed', 'breaking'],
      ['operation-renamed', 'breaking'],
    ],
  ],
  ['operation removed', (d) => delete d.paths['/users/{id}'].delete, [['operation-removed', 'breaking']]],
  [
    'operation renamed (operationId)',
    (d) => (listUsers(d).operationId = 'listAllUsers'),
    [['operation-id-changed', 'breaking']],
  ],
  [
    'new operation',
    (d) =>
      (d.paths['/users/{id}'].patch = { operationId: 'updateUser', responses: { 200: { description: 'Updated.' } } }),
    [['operation-added', 'non-breaking']],
  ],
  [
    'new path',
    (d) =>
      (d.paths['/groups'] = { get: { operationId: 'listGroups', responses: { 200: { description: 'Groups.' } } } }),
    [['path-added', 'non-breaking']],
  ],
  ['operation deprecated', (d) => (listUsers(d).deprecated = true), [['operation-deprecated', 'non-breaking']]],
  [
    'operation description changed',
    (d) => (listUsers(d).description = 'A page of users, newest first.'),
    [['description-changed', 'non-breaking']],
  ],
  [
    'operation callbacks added',
    (d) => (listUsers(d).callbacks = { done: { '{$request.query.hook}': {} } }),
    [['keyword-changed', 'review']],
  ],
  // Parameters
  ['parameter removed', (d) => listUsers(d).parameters.splice(1, 1), [['parameter-removed', 'breaking']]],
  ['parameter renamed', (d) => (listUsers(d).parameters[1].name = 'page_number'), [['parameter-renamed', 'breaking']]],
  [
    'path parameter renamed',
    (d) => {
      d.paths['/users/{userId}'] = d.paths['/users/{id}'];
      delete d.paths['/users/{id}'];
      for (const op of Object.values(d.paths['/users/{userId}'])) op.parameters[0].name = 'userId';
    },
    [
      ['parameter-renamed', 'breaking'],
      ['parameter-renamed', 'breaking'],
    ],
  ],
  [
    'parameter made required',
    (d) => (listUsers(d).parameters[0].required = true),
    [['parameter-became-required', 'breaking']],
  ],
  [
    'parameter made optional',
    (d) => (d.paths['/users/{id}'].get.parameters[0].required = false),
    [['parameter-became-optional', 'non-breaking']],
  ],
  [
    'new required parameter',
    (d) => listUsers(d).parameters.push({ name: 'org', in: 'header', required: true, schema: { type: 'string' } }),
    [['required-parameter-added', 'breaking']],
  ],
  [
    'new optional parameter',
    (d) => listUsers(d).parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } }),
    [['optional-parameter-added', 'non-breaking']],
  ],
  [
    'parameter serialization changed',
    (d) => (listUsers(d).parameters[0].explode = false),
    [['parameter-serialization-changed', 'breaking']],
  ],
  [
    'parameter deprecated',
    (d) => (listUsers(d).parameters[0].deprecated = true),
    [['parameter-deprecated', 'non-breaking']],
  ],
  [
    'parameter description changed',
    (d) => (listUsers(d).parameters[0].description = 'Only users with this status.'),
    [['description-changed', 'non-breaking']],
  ],
  [
    'parameter allowEmptyValue set',
    (d) => (listUsers(d).parameters[0].allowEmptyValue = true),
    [['keyword-changed', 'review']],
  ],
  // Request bodies
  [
    'optional request body added',
    (d) =>
      (d.paths['/users/{id}'].delete.requestBody = { content: { 'application/json': { schema: { type: 'object' } } } }),
    [['request-body-added', 'non-breaking']],
  ],
  [
    'required request body added',
    (d) =>
      (d.paths['/users/{id}'].delete.requestBody = {
        required: true,
        content: { 'application/json': { schema: { type: 'object' } } },
      }),
    [['required-request-body-added', 'breaking']],
  ],
  ['request body removed', (d) => delete d.paths['/users'].post.requestBody, [['request-body-removed', 'breaking']]],
  [
    'request body made required',
    (d) => (d.paths['/users'].post.requestBody.required = true),
    [['request-body-became-required', 'breaking']],
  ],
  [
    'request body made optional',
    (_head, base) => (base.paths['/users'].post.requestBody.required = true),
    [['request-body-became-optional', 'non-breaking']],
  ],
  // Responses and media types
  ['documented status removed', (d) => delete listUsers(d).responses[401], [['response-status-removed', 'breaking']]],
  [
    'new documented status',
    (d) => (listUsers(d).responses[429] = { description: 'Slow down.' }),
    [['response-status-added', 'non-breaking']],
  ],
  [
    'response header removed',
    (d) => delete listUsers(d).responses[200].headers['X-Total-Count'],
    [['response-header-removed', 'breaking']],
  ],
  [
    'response header added',
    (d) => (listUsers(d).responses[200].headers['X-Request-Id'] = { schema: { type: 'string' } }),
    [['response-header-added', 'non-breaking']],
  ],
  [
    'response header made optional',
    (d) => (listUsers(d).responses[200].headers['X-Total-Count'].required = false),
    [['response-header-became-optional', 'breaking']],
  ],
  [
    'response links added',
    (d) => (listUsers(d).responses[200].links = { next: { operationId: 'listUsers' } }),
    [['keyword-changed', 'review']],
  ],
  [
    'response media type removed',
    (d) => delete listUsers(d).responses[200].content['text/csv'],
    [['media-type-removed', 'breaking']],
  ],
  [
    'request media type removed',
    (d) => delete d.paths['/users'].post.requestBody.content['application/x-www-form-urlencoded'],
    [['media-type-removed', 'breaking']],
  ],
  [
    'new response media type',
    (d) => (listUsers(d).responses[200].content['application/xml'] = { schema: { type: 'string' } }),
    [['media-type-added', 'non-breaking']],
  ],
  [
    'request media type encoding added',
    (d) =>
      (d.paths['/users'].post.requestBody.content['application/x-www-form-urlencoded'].encoding = {
        email: { contentType: 'text/plain' },
      }),
    [['keyword-changed', 'review']],
  ],
  // Schemas
  [
    'response schema removed',
    (d) => delete listUsers(d).responses[200].content['text/csv'].schema,
    [['schema-removed', 'breaking']],
  ],
  [
    'response schema added',
    (_head, base) => delete listUsers(base).responses[200].content['text/csv'].schema,
    [['schema-added', 'review']],
  ],
  [
    'boolean schema turned into a schema object, in a response',
    (head, base) => {
      listedUser(base).properties.extra = { type: 'array', items: true };
      listedUser(head).properties.extra = { type: 'array', items: { type: 'string' } };
    },
    [['keyword-changed', 'review']],
  ],
  [
    'parameter type narrowed',
    (d) => (listUsers(d).parameters[1].schema.type = 'string'),
    [['request-type-removed', 'breaking']],
  ],
  [
    'parameter type widened',
    (d) => (listUsers(d).parameters[1].schema.type = ['integer', 'string']),
    [['request-type-added', 'non-breaking']],
  ],
  [
    'response field type changed',
    (d) => (listedUser(d).properties.id = { type: 'integer' }),
    [['response-type-added', 'breaking']],
  ],
  [
    'response field type widened',
    (d) => (listedUser(d).properties.id.type = ['string', 'null']),
    [['response-type-added', 'breaking']],
  ],
  [
    'response field type narrowed',
    (d) => (listedUser(d).properties.name.type = 'string'),
    [['response-type-removed', 'non-breaking']],
  ],
  [
    'response field format changed',
    (d) => (listedUser(d).properties.email.format = 'idn-email'),
    [['format-changed', 'breaking']],
  ],
  [
    'request enum value removed',
    (d) => (listUsers(d).parameters[0].schema.enum = ['enabled']),
    [['request-enum-value-removed', 'breaking']],
  ],
  [
    'request body enum value removed',
    (d) => (createBody(d).properties.role.enum = ['member']),
    [['request-enum-value-removed', 'breaking']],
  ],
  [
    'request enum value added',
    (d) => listUsers(d).parameters[0].schema.enum.push('blocked'),
    [['request-enum-value-added', 'non-breaking']],
  ],
  [
    'response enum value added',
    (d) => listedUser(d).properties.role.enum.push('owner'),
    [['response-enum-value-added', 'breaking']],
  ],
  [
    'response enum value removed',
    (d) => (listedUser(d).properties.role.enum = ['admin']),
    [['response-enum-value-removed', 'non-breaking']],
  ],
  [
    'request value restricted to an enum',
    (d) => (createBody(d).properties.email.enum = ['a@example.test']),
    [['request-enum-added', 'breaking']],
  ],
  [
    'request enum lifted',
    (d) => delete listUsers(d).parameters[0].schema.enum,
    [['request-enum-removed', 'non-breaking']],
  ],
  [
    'response value restricted to an enum',
    (d) => (listedUser(d).properties.id.enum = ['u1', 'u2']),
    [['response-enum-added', 'non-breaking']],
  ],
  ['response enum lifted', (d) => delete listedUser(d).properties.role.enum, [['response-enum-removed', 'breaking']]],
  [
    'parameter limit tightened',
    (d) => (listUsers(d).parameters[1].schema.minimum = 2),
    [['request-constraint-tightened', 'breaking']],
  ],
  [
    'parameter limit relaxed',
    (d) => delete listUsers(d).parameters[1].schema.minimum,
    [['request-constraint-relaxed', 'non-breaking']],
  ],
  [
    'response limit added',
    (d) => (listedUser(d).properties.id.maxLength = 64),
    [['response-constraint-tightened', 'non-breaking']],
  ],
  [
    'response limit relaxed',
    (head, base) => {
      listedUser(base).properties.id.maxLength = 64;
      listedUser(head).properties.id.maxLength = 128;
    },
    [['response-constraint-relaxed', 'review']],
  ],
  [
    'request pattern added',
    (d) => (createBody(d).properties.email.pattern = '^[^@]+@[^@]+$'),
    [['request-pattern-changed', 'breaking']],
  ],
  [
    'request pattern removed',
    (_head, base) => (createBody(base).properties.email.pattern = '^[^@]+@[^@]+$'),
    [['request-pattern-removed', 'non-breaking']],
  ],
  [
    'response pattern changed',
    (d) => (listedUser(d).properties.id.pattern = '^u[0-9]+$'),
    [['response-pattern-changed', 'review']],
  ],
  ['response field removed', (d) => delete listedUser(d).properties.role, [['field-removed', 'breaking']]],
  [
    'response field renamed',
    (d) => {
      listedUser(d).properties.full_name = listedUser(d).properties.name;
      delete listedUser(d).properties.name;
    },
    [['field-renamed', 'breaking']],
  ],
  [
    'request body required field added',
    (d) => {
      createBody(d).properties.team = { type: 'string' };
      createBody(d).required.push('team');
    },
    [['required-field-added', 'breaking']],
  ],
  [
    'new optional request field',
    (d) => (createBody(d).properties.team = { type: 'string' }),
    [['optional-field-added', 'non-breaking']],
  ],
  [
    'new response field',
    (d) => (listedUser(d).properties.team = { type: 'string' }),
    [['field-added', 'non-breaking']],
  ],
  [
    'request body field made required',
    (d) => createBody(d).required.push('role'),
    [['request-field-became-required', 'breaking']],
  ],
  [
    'request body field made optional',
    (d) => (createBody(d).required = []),
    [['request-field-became-optional', 'non-breaking']],
  ],
  [
    'response field made required',
    (d) => listedUser(d).required.push('role'),
    [['response-field-became-required', 'non-breaking']],
  ],
  [
    'response field made optional',
    (d) => (listedUser(d).required = ['id']),
    [['response-field-became-optional', 'breaking']],
  ],
  [
    'field description changed',
    (d) => (listedUser(d).properties.email.description = 'Login email.'),
    [['description-changed', 'non-breaking']],
  ],
  [
    'request body closed to additional properties',
    (d) => (createBody(d).additionalProperties = false),
    [['additional-properties-closed', 'breaking']],
  ],
  [
    'request oneOf branch added',
    (head, base) => {
      createBody(base).properties.contact = { oneOf: [{ type: 'string', format: 'email' }] };
      createBody(head).properties.contact = {
        oneOf: [
          { type: 'string', format: 'email' },
          { type: 'string', format: 'uri' },
        ],
      };
    },
    [['request-variant-added', 'non-breaking']],
  ],
  [
    'request oneOf branch removed',
    (head, base) => {
      createBody(base).properties.contact = {
        oneOf: [
          { type: 'string', format: 'email' },
          { type: 'string', format: 'uri' },
        ],
      };
      createBody(head).properties.contact = { oneOf: [{ type: 'string', format: 'email' }] };
    },
    [['request-variant-removed', 'breaking']],
  ],
  [
    'response anyOf branch added',
    (head, base) => {
      listedUser(base).properties.contact = { anyOf: [{ type: 'string', format: 'email' }] };
      listedUser(head).properties.contact = {
        anyOf: [
          { type: 'string', format: 'email' },
          { type: 'string', format: 'uri' },
        ],
      };
    },
    [['response-variant-added', 'breaking']],
  ],
  [
    'response anyOf branch removed',
    (head, base) => {
      listedUser(base).properties.contact = {
        anyOf: [
          { type: 'string', format: 'email' },
          { type: 'string', format: 'uri' },
        ],
      };
      listedUser(head).properties.contact = { anyOf: [{ type: 'string', format: 'email' }] };
    },
    [['response-variant-removed', 'non-breaking']],
  ],
];

/**
 * Schema keywords no rule models: any change to them, in either direction, is for review.
 * @type {Array<[string, 'request' | 'response', Record<string, unknown>, Record<string, unknown>]>}
 */
const unmodelledKeywords = [
  ['multipleOf', 'request', { type: 'integer' }, { type: 'integer', multipleOf: 10 }],
  ['multipleOf', 'response', { type: 'integer', multipleOf: 2 }, { type: 'integer', multipleOf: 3 }],
  [
    'uniqueItems',
    'request',
    { type: 'array', items: { type: 'string' } },
    { type: 'array', items: { type: 'string' }, uniqueItems: true },
  ],
  ['prefixItems', 'response', { type: 'array' }, { type: 'array', prefixItems: [{ type: 'string' }] }],
  ['not', 'request', { type: 'string' }, { type: 'string', not: { const: 'root' } }],
  [
    'discriminator',
    'response',
    { type: 'object', oneOf: [{ type: 'object' }] },
    { type: 'object', oneOf: [{ type: 'object' }], discriminator: { propertyName: 'kind' } },
  ],
  ['nullable (OpenAPI 3.0)', 'response', { type: 'string' }, { type: 'string', nullable: true }],
  ['readOnly', 'request', { type: 'string' }, { type: 'string', readOnly: true }],
  ['default', 'request', { type: 'string', default: 'a' }, { type: 'string', default: 'b' }],
  ['propertyNames', 'response', { type: 'object' }, { type: 'object', propertyNames: { pattern: '^[a-z]+$' } }],
  [
    'multipleOf inside an allOf member',
    'request',
    { allOf: [{ type: 'integer' }] },
    { allOf: [{ type: 'integer', multipleOf: 5 }] },
  ],
];

/**
 * The types a schema admits, whichever keyword expresses them, in both directions.
 * @type {Array<[string, 'request' | 'response', Record<string, unknown>, Record<string, unknown>, Expected]>}
 */
const admittedTypes = [
  // The Flashback `orgRole` codes becoming role names.
  [
    'anyOf [integer enum, null] → string enum, in a response',
    'response',
    { anyOf: [{ type: 'integer', enum: [0, 1, 254] }, { type: 'null' }] },
    { type: 'string', enum: ['user', 'billing', 'administrator'] },
    [
      ['response-type-added', 'breaking'],
      ['response-enum-value-removed', 'non-breaking'],
      ['response-enum-value-added', 'breaking'],
      ['variants-restructured', 'review'],
    ],
  ],
  [
    'anyOf [integer enum, null] → string enum, in a request',
    'request',
    { anyOf: [{ type: 'integer', enum: [0, 1, 254] }, { type: 'null' }] },
    { type: 'string', enum: ['user', 'billing', 'administrator'] },
    [
      ['request-type-removed', 'breaking'],
      ['request-enum-value-removed', 'breaking'],
      ['request-enum-value-added', 'non-breaking'],
      ['variants-restructured', 'review'],
    ],
  ],
  [
    'integer → number, in a request',
    'request',
    { type: 'integer' },
    { type: 'number' },
    [['request-type-added', 'non-breaking']],
  ],
  [
    'integer → number, in a response',
    'response',
    { type: 'integer' },
    { type: 'number' },
    [['response-type-added', 'breaking']],
  ],
  [
    'number → integer, in a request',
    'request',
    { type: 'number' },
    { type: 'integer' },
    [['request-type-removed', 'breaking']],
  ],
  [
    'number → integer, in a response',
    'response',
    { type: 'number' },
    { type: 'integer' },
    [['response-type-removed', 'non-breaking']],
  ],
  [
    'type → anyOf with another type, in a response',
    'response',
    { type: 'string' },
    { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    [
      ['response-type-added', 'breaking'],
      ['variants-restructured', 'review'],
    ],
  ],
  [
    'enum gains a value of another type, in a response',
    'response',
    { enum: ['a', 'b'] },
    { enum: ['a', 'b', 1] },
    [
      ['response-type-added', 'breaking'],
      ['response-enum-value-added', 'breaking'],
    ],
  ],
  [
    'const → oneOf [const, null], in a response',
    'response',
    { const: 'a' },
    { oneOf: [{ const: 'a' }, { type: 'null' }] },
    [
      ['response-type-added', 'breaking'],
      ['response-enum-value-added', 'breaking'],
      ['variants-restructured', 'review'],
    ],
  ],
  [
    'allOf narrows [string, null] to string, in a request',
    'request',
    { allOf: [{ type: ['string', 'null'] }] },
    { allOf: [{ type: ['string', 'null'] }, { type: 'string' }] },
    [['request-type-removed', 'breaking']],
  ],
  [
    'allOf narrows [string, null] to string, in a response',
    'response',
    { allOf: [{ type: ['string', 'null'] }] },
    { allOf: [{ type: ['string', 'null'] }, { type: 'string' }] },
    [['response-type-removed', 'non-breaking']],
  ],
  [
    'anyOf branches reordered admit the same types (the reordering is left to review)',
    'response',
    { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    { anyOf: [{ type: 'integer' }, { type: 'string' }] },
    [['other-change', 'review']],
  ],
];

/**
 * A fixture pair whose request body (`request`) or listed user (`response`) has a field `value` with
 * the given schemas.
 * @param {'request' | 'response'} direction @param {Record<string, unknown>} before @param {Record<string, unknown>} after
 */
function withValue(direction, before, after) {
  const base = fixture();
  const head = fixture();
  const parent = direction === 'request' ? createBody : listedUser;
  parent(base).properties.value = before;
  parent(head).properties.value = after;
  return { base, head };
}

describe('classify', () => {
  it.each(cases)('%s', (_name, edit, expected) => {
    const base = fixture();
    const head = fixture();
    const result = edit(head, base);
    expect(
      classify(result === NO_BASE ? undefined : base, result === NO_HEAD ? undefined : head).map((c) => [
        c.rule,
        c.verdict,
      ]),
    ).toEqual(expected);
  });

  it.each(unmodelledKeywords)('review: %s in a %s', (keyword, direction, before, after) => {
    const { base, head } = withValue(direction, before, after);
    const changes = classify(base, head);
    expect(changes.map((c) => [c.rule, c.verdict])).toEqual([['keyword-changed', 'review']]);
    expect(changes[0]?.message).toContain(`\`${keyword.split(' ')[0]}\``);
  });

  it.each(admittedTypes)('admitted types: %s', (_name, direction, before, after, expected) => {
    const { base, head } = withValue(direction, before, after);
    expect(classify(base, head).map((c) => [c.rule, c.verdict])).toEqual(expected);
  });

  it('has a fixture case for every rule, with the verdict of the rule table', () => {
    const expected = [...cases.flatMap(([, , e]) => e), ...admittedTypes.flatMap(([, , , , e]) => e)];
    expect(RULE_IDS.filter((id) => !expected.some(([rule]) => rule === id))).toEqual([]);
    expect(expected.filter(([rule, verdict]) => RULES[rule].verdict !== verdict)).toEqual([]);
  });

  it('names the operation and the field of a change', () => {
    const head = fixture();
    delete listedUser(head).properties.role;
    expect(classify(fixture(), head)).toEqual([
      {
        rule: 'field-removed',
        verdict: 'breaking',
        where: 'GET /users',
        message: 'response 200 application/json `data[].role`: field removed',
      },
    ]);
  });

  it('terminates on recursive schemas and finds changes inside them', () => {
    /** @param {string[]} kinds */
    const tree = (kinds) => {
      const node = /** @type {any} */ ({ type: 'object', properties: { kind: { type: 'string', enum: kinds } } });
      node.properties.children = { type: 'array', items: node };
      const doc = fixture();
      listUsers(doc).responses[200].content['application/json'].schema = node;
      return doc;
    };
    expect(classify(tree(['a']), tree(['a']))).toEqual([]);
    expect(classify(tree(['a']), tree(['a', 'b'])).map((c) => [c.rule, c.verdict])).toEqual([
      ['response-enum-value-added', 'breaking'],
    ]);
  });

  it('reads fields moved into allOf as the same fields, and leaves the restructuring to review', () => {
    const head = fixture();
    const { properties, required, ...rest } = listedUser(head);
    listUsers(head).responses[200].content['application/json'].schema.properties.data.items = {
      ...rest,
      allOf: [{ properties, required }],
    };
    expect(classify(fixture(), head).map((c) => [c.rule, c.verdict])).toEqual([['other-change', 'review']]);
  });

  it('treats a header parameter name case-insensitively', () => {
    const base = fixture();
    const head = fixture();
    listUsers(base).parameters.push({ name: 'X-Org', in: 'header', schema: { type: 'string' } });
    listUsers(head).parameters.push({ name: 'x-org', in: 'header', schema: { type: 'string' } });
    expect(classify(base, head).map((c) => c.rule)).toEqual(['other-change']);
  });
});
