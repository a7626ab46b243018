import { describe, expect, it } from 'vitest';
import { classify } from '../classify.mjs';

/** A small dereferenced OpenAPI 3.1 document; every case edits a fresh copy of it. */
function fixture() {
  const user = () => ({
    type: 'object',
    required: ['id', 'email'],
    properties: {
      id: { type: 'string' },
      email: { type: 'string', format: 'email', description: 'Primary email.' },
      role: { type: 'string', enum: ['admin', 'member'] },
      name: { type: ['string', 'null'] },
    },
  });
  const error = () => ({ type: 'object', properties: { message: { type: 'string' } } });
  return /** @type {any} */ ({
    openapi: '3.1.0',
    info: { title: 'Fixture', version: '1.0.0' },
    servers: [{ url: 'https://api.example.test/v1' }],
    security: [{ bearerAuth: [] }],
    paths: {
      '/users': {
        get: {
          operationId: 'listUsers',
          summary: 'List users',
          description: 'One page of users.',
          parameters: [
            {
              name: 'status',
              in: 'query',
              description: 'Filter by status.',
              schema: { type: 'string', enum: ['enabled', 'disabled'] },
            },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            200: {
              description: 'A page of users.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['data'],
                    properties: { data: { type: 'array', items: user() } },
                  },
                  example: { data: [] },
                },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            401: { description: 'Missing key.', content: { 'application/json': { schema: error() } } },
          },
        },
        post: {
          operationId: 'createUser',
          requestBody: {
            required: false,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['email'],
                  properties: { email: { type: 'string' }, role: { type: 'string', enum: ['admin', 'member'] } },
                },
              },
              'application/x-www-form-urlencoded': {
                schema: { type: 'object', properties: { email: { type: 'string' } } },
              },
            },
          },
          responses: { 201: { description: 'Created.', content: { 'application/json': { schema: user() } } } },
        },
      },
      '/users/{id}': {
        get: {
          operationId: 'getUser',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'One user.', content: { 'application/json': { schema: user() } } } },
        },
        delete: {
          operationId: 'deleteUser',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 204: { description: 'Deleted.' } },
        },
      },
    },
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
  });
}

/** @param {any} doc */
const listUsers = (doc) => doc.paths['/users'].get;
/** @param {any} doc */
const listedUser = (doc) => listUsers(doc).responses[200].content['application/json'].schema.properties.data.items;
/** @param {any} doc */
const createBody = (doc) => doc.paths['/users'].post.requestBody.content['application/json'].schema;

/** @type {Array<[string, (doc: any) => void, Array<[string, boolean]>]>} */
const breaking = [
  [
    'path removed',
    (d) => delete d.paths['/users/{id}'],
    [
      ['path-removed', true],
      ['path-removed', true],
    ],
  ],
  [
    'path renamed (same operationId)',
    (d) => {
      d.paths['/members/{id}'] = d.paths['/users/{id}'];
      delete d.paths['/users/{id}'];
    },
    [
      ['operation-renamed', true],
      ['operation-renamed', true],
    ],
  ],
  ['operation removed', (d) => delete d.paths['/users/{id}'].delete, [['operation-removed', true]]],
  [
    'operation renamed (operationId)',
    (d) => (listUsers(d).operationId = 'listAllUsers'),
    [['operation-id-changed', true]],
  ],
  ['parameter removed', (d) => listUsers(d).parameters.splice(1, 1), [['parameter-removed', true]]],
  ['parameter renamed', (d) => (listUsers(d).parameters[1].name = 'page_number'), [['parameter-renamed', true]]],
  [
    'path parameter renamed',
    (d) => {
      d.paths['/users/{userId}'] = d.paths['/users/{id}'];
      delete d.paths['/users/{id}'];
      for (const op of Object.values(d.paths['/users/{userId}'])) /** @type {any} */ (op).parameters[0].name = 'userId';
    },
    [
      ['parameter-renamed', true],
      ['parameter-renamed', true],
    ],
  ],
  [
    'parameter made required',
    (d) => (listUsers(d).parameters[0].required = true),
    [['parameter-became-required', true]],
  ],
  [
    'new required parameter',
    (d) => listUsers(d).parameters.push({ name: 'org', in: 'header', required: true, schema: { type: 'string' } }),
    [['required-parameter-added', true]],
  ],
  ['parameter type narrowed', (d) => (listUsers(d).parameters[1].schema.type = 'string'), [['type-changed', true]]],
  [
    'parameter limit tightened',
    (d) => (listUsers(d).parameters[1].schema.minimum = 2),
    [['constraint-tightened', true]],
  ],
  [
    'parameter serialization changed',
    (d) => (listUsers(d).parameters[0].explode = false),
    [['parameter-serialization-changed', true]],
  ],
  [
    'request enum value removed',
    (d) => (listUsers(d).parameters[0].schema.enum = ['enabled']),
    [['request-enum-value-removed', true]],
  ],
  [
    'request body enum value removed',
    (d) => (createBody(d).properties.role.enum = ['member']),
    [['request-enum-value-removed', true]],
  ],
  [
    'request body required field added',
    (d) => {
      createBody(d).properties.team = { type: 'string' };
      createBody(d).required.push('team');
    },
    [['required-field-added', true]],
  ],
  ['request body field made required', (d) => createBody(d).required.push('role'), [['field-became-required', true]]],
  [
    'request body made required',
    (d) => (d.paths['/users'].post.requestBody.required = true),
    [['request-body-became-required', true]],
  ],
  ['response field removed', (d) => delete listedUser(d).properties.role, [['field-removed', true]]],
  [
    'response field renamed',
    (d) => {
      listedUser(d).properties.full_name = listedUser(d).properties.name;
      delete listedUser(d).properties.name;
    },
    [['field-renamed', true]],
  ],
  ['response field type changed', (d) => (listedUser(d).properties.id = { type: 'integer' }), [['type-changed', true]]],
  [
    'response field type widened',
    (d) => (listedUser(d).properties.id.type = ['string', 'null']),
    [['type-changed', true]],
  ],
  [
    'response field format changed',
    (d) => (listedUser(d).properties.email.format = 'idn-email'),
    [['format-changed', true]],
  ],
  ['response field made optional', (d) => (listedUser(d).required = ['id']), [['field-became-optional', true]]],
  [
    'response enum value added',
    (d) => listedUser(d).properties.role.enum.push('owner'),
    [['response-enum-value-added', true]],
  ],
  [
    'response media type removed',
    (d) => delete listUsers(d).responses[200].content['text/csv'],
    [['media-type-removed', true]],
  ],
  [
    'request media type removed',
    (d) => delete d.paths['/users'].post.requestBody.content['application/x-www-form-urlencoded'],
    [['media-type-removed', true]],
  ],
  ['documented status removed', (d) => delete listUsers(d).responses[401], [['response-status-removed', true]]],
  ['security requirement changed', (d) => (d.security = [{ apiKey: [] }]), [['security-changed', true]]],
  ['operation security changed', (d) => (listUsers(d).security = []), [['security-changed', true]]],
  [
    'security scheme changed',
    (d) => (d.components.securitySchemes.bearerAuth = { type: 'apiKey', in: 'header', name: 'X-Key' }),
    [['security-changed', true]],
  ],
  ['server changed', (d) => (d.servers = [{ url: 'https://api.example.test/v2' }]), [['server-changed', true]]],
  [
    'operation server changed',
    (d) => (listUsers(d).servers = [{ url: 'https://eu.example.test/v1' }]),
    [['server-changed', true]],
  ],
  ['API removed', () => {}, [['api-removed', true]]],
];

/** @type {Array<[string, (doc: any) => void, Array<[string, boolean]>]>} */
const nonBreaking = [
  ['no change', () => {}, []],
  [
    'new optional parameter',
    (d) => listUsers(d).parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } }),
    [['optional-parameter-added', false]],
  ],
  [
    'parameter made optional',
    (d) => (d.paths['/users/{id}'].get.parameters[0].required = false),
    [['parameter-became-optional', false]],
  ],
  ['new response field', (d) => (listedUser(d).properties.team = { type: 'string' }), [['field-added', false]]],
  [
    'new optional request field',
    (d) => (createBody(d).properties.team = { type: 'string' }),
    [['optional-field-added', false]],
  ],
  ['response field made required', (d) => listedUser(d).required.push('role'), [['field-became-required', false]]],
  [
    'new operation',
    (d) =>
      (d.paths['/users/{id}'].patch = { operationId: 'updateUser', responses: { 200: { description: 'Updated.' } } }),
    [['operation-added', false]],
  ],
  [
    'new path',
    (d) =>
      (d.paths['/groups'] = { get: { operationId: 'listGroups', responses: { 200: { description: 'Groups.' } } } }),
    [['path-added', false]],
  ],
  [
    'operation description changed',
    (d) => (listUsers(d).description = 'A page of users, newest first.'),
    [['description-changed', false]],
  ],
  [
    'parameter description changed',
    (d) => (listUsers(d).parameters[0].description = 'Only users with this status.'),
    [['description-changed', false]],
  ],
  [
    'field description changed',
    (d) => (listedUser(d).properties.email.description = 'Login email.'),
    [['description-changed', false]],
  ],
  ['info version changed', (d) => (d.info.version = '1.1.0'), [['info-changed', false]]],
  [
    'request enum value added',
    (d) => listUsers(d).parameters[0].schema.enum.push('blocked'),
    [['request-enum-value-added', false]],
  ],
  [
    'response enum value removed',
    (d) => (listedUser(d).properties.role.enum = ['admin']),
    [['response-enum-value-removed', false]],
  ],
  ['response field type narrowed', (d) => (listedUser(d).properties.name.type = 'string'), [['type-changed', false]]],
  [
    'parameter type widened',
    (d) => (listUsers(d).parameters[1].schema.type = ['integer', 'string']),
    [['type-changed', false]],
  ],
  ['parameter limit relaxed', (d) => delete listUsers(d).parameters[1].schema.minimum, [['constraint-relaxed', false]]],
  [
    'new documented status',
    (d) => (listUsers(d).responses[429] = { description: 'Slow down.' }),
    [['response-status-added', false]],
  ],
  [
    'new response media type',
    (d) => (listUsers(d).responses[200].content['application/xml'] = { schema: { type: 'string' } }),
    [['media-type-added', false]],
  ],
  [
    'server added after the default',
    (d) => d.servers.push({ url: 'https://eu.example.test/v1' }),
    [['server-added', false]],
  ],
  ['operation deprecated', (d) => (listUsers(d).deprecated = true), [['operation-deprecated', false]]],
  [
    'example changed',
    (d) => (listUsers(d).responses[200].content['application/json'].example = { data: [{ id: 'u1' }] }),
    [['other-change', false]],
  ],
  ['API added', () => {}, [['api-added', false]]],
];

/** @param {string} name @param {(doc: any) => void} edit */
function pair(name, edit) {
  const base = fixture();
  const head = fixture();
  edit(head);
  if (name === 'API removed') return [base, undefined];
  if (name === 'API added') return [undefined, head];
  return [base, head];
}

describe('classify', () => {
  it.each(breaking)('breaking: %s', (name, edit, expected) => {
    const [base, head] = pair(name, edit);
    const changes = classify(base, head);
    expect(changes.map((c) => [c.rule, c.breaking])).toEqual(expected);
  });

  it.each(nonBreaking)('not breaking: %s', (name, edit, expected) => {
    const [base, head] = pair(name, edit);
    const changes = classify(base, head);
    expect(changes.map((c) => [c.rule, c.breaking])).toEqual(expected);
    expect(changes.some((c) => c.breaking)).toBe(false);
  });

  it('names the operation and the field of a change', () => {
    const head = fixture();
    delete listedUser(head).properties.role;
    expect(classify(fixture(), head)).toEqual([
      {
        rule: 'field-removed',
        breaking: true,
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
    expect(classify(tree(['a']), tree(['a', 'b'])).map((c) => [c.rule, c.breaking])).toEqual([
      ['response-enum-value-added', true],
    ]);
  });

  it('reads fields moved into allOf as the same fields', () => {
    const head = fixture();
    const { properties, required, ...rest } = listedUser(head);
    listUsers(head).responses[200].content['application/json'].schema.properties.data.items = {
      ...rest,
      allOf: [{ properties, required }],
    };
    expect(classify(fixture(), head).map((c) => [c.rule, c.breaking])).toEqual([['other-change', false]]);
  });

  it('treats a header parameter name case-insensitively', () => {
    const base = fixture();
    const head = fixture();
    listUsers(base).parameters.push({ name: 'X-Org', in: 'header', schema: { type: 'string' } });
    listUsers(head).parameters.push({ name: 'x-org', in: 'header', schema: { type: 'string' } });
    expect(classify(base, head).map((c) => c.rule)).toEqual(['other-change']);
  });
});
