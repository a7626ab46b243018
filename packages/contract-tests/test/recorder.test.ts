import { describe, expect, it } from 'vitest';
import { prismViolations, Recorder } from '../src/recorder.js';
import { Spec } from '../src/spec.js';

// A made-up spec and upstream, so these tests of the harness do not depend on the vendors' specs
// (the drift check mutates those) nor on Prism.
const spec = new Spec('telnyx', '/specs/harness.yaml', {
  paths: {
    '/users': {
      get: {
        operationId: 'listUsers',
        parameters: [
          { name: 'page[size]', in: 'query', schema: { type: 'integer', maximum: 250 } },
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          { name: 'Accept', in: 'header', schema: { type: 'string', enum: ['application/json', 'text/csv'] } },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/users/me': { get: { operationId: 'getMe', responses: { '200': { description: 'ok' } } } },
    '/users/{id}': {
      get: {
        operationId: 'getUser',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^u_' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});
const base = 'http://mock.invalid';
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

describe('Recorder', () => {
  it.each([
    { name: 'a valid request', path: '/users?page%5Bsize%5D=25&verbose=true', headers: {}, problems: [] },
    {
      name: 'an undocumented query parameter',
      path: '/users?verbos=true',
      headers: {},
      problems: [/^listUsers GET \/users\?verbos=true: query parameter "verbos" is not documented$/],
    },
    {
      name: 'a value its schema refuses',
      path: '/users?verbose=maybe',
      headers: {},
      problems: [/query parameter "verbose"="maybe": must be boolean/],
    },
    {
      name: 'a bracketed parameter out of range',
      path: '/users?page%5Bsize%5D=1000',
      headers: {},
      problems: [/query parameter "page\[size\]"="1000": must be <= 250/],
    },
    {
      name: 'a header value its schema refuses',
      path: '/users',
      headers: { Accept: 'text/plain' },
      problems: [/header parameter "Accept"="text\/plain": must be equal to one of the allowed values/],
    },
    {
      name: 'a path parameter its schema refuses',
      path: '/users/x_1',
      headers: {},
      problems: [/^getUser GET \/users\/x_1: path parameter "id"="x_1": must match pattern/],
    },
    { name: 'a concrete path before a templated one', path: '/users/me', headers: {}, problems: [] },
    {
      name: 'a path no operation has',
      path: '/members',
      headers: {},
      problems: [/^\(no operation\) GET \/members: no operation of telnyx's spec is GET \/members$/],
    },
  ])('reports $name', async ({ path, headers, problems }) => {
    const recorder = new Recorder(spec, { upstream: async () => json({}) });
    await recorder.fetch(`${base}${path}`, { headers });
    expect(recorder.violations()).toEqual(problems.map((pattern) => expect.stringMatching(pattern)));
  });

  it("adds Prism's verdict to the request's problems", async () => {
    const verdict = [{ location: ['request'], severity: 'Error', message: 'Invalid security scheme used' }];
    const recorder = new Recorder(spec, {
      upstream: async () => json({}, { status: 401, headers: { 'sl-violations': JSON.stringify(verdict) } }),
    });
    await recorder.fetch(`${base}/users`);
    expect(recorder.violations()).toEqual(['listUsers GET /users: Prism: request: Invalid security scheme used']);
  });

  it('sends the Prefer header, records the exchange, and reshapes only 2xx JSON bodies', async () => {
    const sent: Request[] = [];
    const answers = [json({ n: 1 }), json({ n: 2 }, { status: 403 })];
    const recorder = new Recorder(spec, {
      prefer: 'code=200, example=first',
      reshape: (body, exchange, index) => ({ ...(body as object), index, operation: exchange.operationId }),
      upstream: async (input) => {
        sent.push(input as Request);
        return answers.shift() as Response;
      },
    });
    const ok = await recorder.fetch(`${base}/users`);
    const denied = await recorder.fetch(`${base}/users/u_1`);
    expect(sent.map((r) => r.headers.get('prefer'))).toEqual(['code=200, example=first', 'code=200, example=first']);
    expect(await ok.json()).toEqual({ n: 1, index: 0, operation: 'listUsers' });
    expect(await denied.json()).toEqual({ n: 2 });
    expect(recorder.exchanges.map((e) => [e.operationId, e.status, e.body])).toEqual([
      ['listUsers', 200, '{"n":1}'],
      ['getUser', 403, '{"n":2}'],
    ]);
  });
});

describe('prismViolations', () => {
  it.each([
    { name: 'no verdict', headers: {}, body: '{}', problems: [] },
    {
      name: 'an error in sl-violations',
      headers: {
        'sl-violations': JSON.stringify([{ location: ['request', 'query'], severity: 'Error', message: 'bad' }]),
      },
      body: '{}',
      problems: ['Prism: request.query: bad'],
    },
    {
      name: 'a warning only',
      headers: { 'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Warning', message: 'meh' }]) },
      body: '{}',
      problems: [],
    },
    {
      name: "Prism's own 422",
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
        title: 'Invalid request',
        validation: [{ location: ['query', 'limit'], message: 'must be <= 1000' }],
      }),
      problems: ['Prism: Invalid request: query.limit: must be <= 1000'],
    },
    {
      name: "a vendor's own problem+json",
      headers: { 'content-type': 'application/problem+json' },
      body: JSON.stringify({ type: 'https://vendor.example/errors/denied', title: 'Denied' }),
      problems: [],
    },
  ])('$name', ({ headers, body, problems }) => {
    expect(prismViolations(new Headers(headers), body)).toEqual(problems);
  });
});
