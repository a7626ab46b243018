import { describe, expect, it } from 'vitest';
import { loadSpec, Spec } from '../src/spec.js';

const doc = {
  servers: [{ url: 'https://api.example.com/v1' }],
  paths: {
    '/things/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getThing',
        parameters: [{ $ref: '#/components/parameters/Limit' }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Thing' },
                examples: { first: { value: { id: 'a' } }, second: { $ref: '#/components/examples/Second' } },
              },
            },
          },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    },
  },
  components: {
    parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 10 } } },
    schemas: { Thing: { type: 'object', example: { id: 'schema-level' } } },
    examples: { Second: { value: { id: 'b' } } },
    responses: {
      NotFound: {
        description: 'no',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
      },
    },
  },
};
const spec = new Spec('telnyx', '/specs/example.yaml', doc);

describe('Spec', () => {
  it('merges path-level and operation parameters, following $refs', () => {
    const { parameters } = spec.operation('getThing');
    expect(parameters.map((p) => [p.in, p.name, p.required, p.schemaPointer])).toEqual([
      ['path', 'id', true, '/paths/~1things~1{id}/parameters/0/schema'],
      ['query', 'limit', false, '/components/parameters/Limit/schema'],
    ]);
    expect(parameters[1]?.schema.maximum).toBe(10);
  });

  it('reads named examples (following $refs), and falls back to the schema example', () => {
    expect(spec.response('getThing', '200')?.mediaTypes[0]?.examples).toEqual([
      { name: 'first', value: { id: 'a' } },
      { name: 'second', value: { id: 'b' } },
    ]);
    expect(spec.example('getThing', '200', 'application/json', 'second')).toEqual({ id: 'b' });
    expect(spec.example('getThing', '404')).toEqual({ id: 'schema-level' });
    expect(spec.response('getThing', '404')?.mediaTypes[0]?.schemaPointer).toBe(
      '/components/responses/NotFound/content/application~1json/schema',
    );
  });

  it('names the operation when an example is missing, and the spec when an operation is', () => {
    expect(() => spec.example('getThing', '500')).toThrow(
      'getThing: the spec gives no example for 500 application/json',
    );
    expect(() => spec.operation('noSuchOperation')).toThrow('example.yaml documents no operation noSuchOperation');
  });

  it('reads servers[0].url', () => {
    expect(spec.serverUrl).toBe('https://api.example.com/v1');
  });

  it('loads the spec redocly.yaml declares for a vendor', async () => {
    const telnyx = await loadSpec('telnyx');
    expect(telnyx.file).toMatch(/specs\/telnyx\.yaml$/);
    expect(telnyx.operations().length).toBeGreaterThan(0);
  });
});
