// A small dereferenced OpenAPI 3.1 document for the classifier's fixture tests, and accessors for
// the places the cases edit.

/**
 * A fresh copy of the fixture document. Typed `any` on purpose: the cases reach into it by paths a
 * type would only restate, and the classifier's own types are checked in its sources.
 * @returns {any}
 */
export function fixture() {
  const user = () => ({
    type: 'object',
    required: ['id', 'email'],
    properties: {
      id: { type: 'string' },
      email: { type: 'string', format: 'email', description: 'Primary email.' },
      role: { type: 'string', enum: ['admin', 'member'] },
      name: { type: ['string', 'null'] },
      logins: { type: 'integer' },
    },
  });
  const error = () => ({ type: 'object', properties: { message: { type: 'string' } } });
  return {
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
              headers: { 'X-Total-Count': { required: true, schema: { type: 'integer' } } },
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
  };
}

/** `GET /users` (`any`: see {@link fixture}). @param {any} doc @returns {any} */
export const listUsers = (doc) => doc.paths['/users'].get;
/** The user schema of `GET /users`' 200 response. @param {any} doc @returns {any} */
export const listedUser = (doc) =>
  listUsers(doc).responses[200].content['application/json'].schema.properties.data.items;
/** The JSON body schema of `POST /users`. @param {any} doc @returns {any} */
export const createBody = (doc) => doc.paths['/users'].post.requestBody.content['application/json'].schema;
