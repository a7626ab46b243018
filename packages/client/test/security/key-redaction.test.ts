/**
 * The API key never shows: not in any error's message, stack, `toString`, JSON or `util.inspect`,
 * nor in any log line, on any error path, even when the server echoes the key back in every place
 * a server controls (status text, headers, content type, error envelope, body keys, cursors, page
 * meta, CSV header). The table names each place; the property fuzzes their combinations.
 */
import { inspect } from 'node:util';
import { type Endpoint, type RawAnswer, startFakeVendors } from '@orgdir/fake-vendors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClientOptions,
  collectDirectory,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  OrgdirError,
} from '../../src/index.js';
import { FAST, KEY, runs, TEST_TIMEOUT } from '../reliability/settings.js';

/** Every way an error can be shown. */
function renderings(error: unknown): string[] {
  if (!(error instanceof Error)) return [inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })];
  return [
    error.message,
    String(error.stack),
    String(error),
    error.toString(),
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect(error.cause, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
}

/** Where a hostile server puts the echoed key. */
const PLACES = [
  'status-text',
  'request-id-header',
  'content-type',
  'error-envelope',
  'text-body',
  'json-key',
  'csv-header',
  'cursor',
  'page-meta',
  'item-id',
] as const;
type Place = (typeof PLACES)[number];

/** The operations a client offers, each run to completion. */
const OPERATIONS = {
  'telnyx users.list': (o: ClientOptions) => createTelnyxClient(o).users.list({ pageSize: 1 }).toArray(),
  'telnyx groupsReport json': (o: ClientOptions) => createTelnyxClient(o).users.groupsReport({ format: 'json' }),
  'telnyx groupsReport csv': (o: ClientOptions) => createTelnyxClient(o).users.groupsReport({ format: 'csv' }),
  'flashback organization.users.list': (o: ClientOptions) => createFlashbackClient(o).organization.users.list(),
  'openai users.list': (o: ClientOptions) => createOpenAIClient(o).users.list({ limit: 1 }).toArray(),
  'openai groups.list': (o: ClientOptions) => createOpenAIClient(o).groups.list({ limit: 1 }).toArray(),
  'openai groups.users.list': (o: ClientOptions) =>
    createOpenAIClient(o).groups.users.list('g1', { limit: 1 }).toArray(),
  collectDirectory: async (o: ClientOptions) => {
    const telnyx = createTelnyxClient({ ...o, baseUrl: `${o.baseUrl}/v2` });
    const flashback = createFlashbackClient(o);
    const openai = createOpenAIClient({ ...o, baseUrl: `${o.baseUrl}/v1` });
    const result = await collectDirectory({ clients: { telnyx, flashback, openai } });
    const errors = result.vendors.flatMap((v) => (v.error ? [v.error] : []));
    if (errors.length > 0) throw new AggregateError(errors, 'collectDirectory: some vendors failed');
    return result.users;
  },
} as const;
type Operation = keyof typeof OPERATIONS;

const PREFIX: Record<Operation, string> = {
  'telnyx users.list': '/v2',
  'telnyx groupsReport json': '/v2',
  'telnyx groupsReport csv': '/v2',
  'flashback organization.users.list': '',
  'openai users.list': '/v1',
  'openai groups.list': '/v1',
  'openai groups.users.list': '/v1',
  collectDirectory: '',
};

/** A hostile answer: `echo` (what the server saw in Authorization, or a part of it) put in each of `places`. */
function hostile(endpoint: Endpoint, status: number, places: readonly Place[], echo: string): RawAnswer {
  const has = (place: Place) => places.includes(place);
  const headers: Record<string, string> = {
    'content-type': has('content-type') ? `application/x-${echo.replace(/\W/g, '')}` : 'application/json',
  };
  if (has('request-id-header')) headers['x-request-id'] = echo;
  let body: unknown = {};
  if (has('error-envelope')) {
    body = {
      errors: [{ code: echo, title: echo, detail: echo, source: { pointer: echo }, meta: { url: echo } }],
      error: { message: echo, type: echo, code: echo, param: echo },
      success: false,
      message: echo,
      data: [],
      total: 0,
    };
  }
  if (has('json-key')) body = { ...(body as object), [echo]: echo, nested: { [echo]: [echo] } };
  if (has('cursor') || has('page-meta') || has('item-id')) {
    const id = has('item-id') ? echo : 'u1';
    body = {
      ...(body as object),
      object: 'list',
      data: [{ id, email: `${id}@example.com`, object: 'organization.user', name: 'n', role: 'reader', added_at: 1 }],
      has_more: true,
      ...(has('cursor') && { next: echo, last_id: echo }),
      meta: has('page-meta')
        ? { total_pages: echo, page_number: echo, page_size: echo, total_results: echo }
        : { total_pages: 3, page_number: 1, page_size: 1, total_results: 3 },
    };
  }
  let text = JSON.stringify(body);
  if (has('text-body')) {
    headers['content-type'] = 'text/plain';
    text = `upstream said: ${echo}`;
  }
  if (has('csv-header')) {
    headers['content-type'] = 'text/csv';
    text = `id,email,${echo}\r\nu1,u1@example.com,${echo}\r\n`;
  }
  void endpoint;
  return { status, ...(has('status-text') && { statusMessage: `Echo ${echo}` }), headers, body: text };
}

/** Runs one operation against a server that always answers `answer(request)`; returns the error and log lines. */
async function attempt(
  operation: Operation,
  key: string,
  answer: (endpoint: Endpoint, authorization: string) => RawAnswer,
): Promise<{ error: unknown; lines: string[] }> {
  const server = await startFakeVendors({
    users: [],
    plan: () => ({ kind: 'respond', respond: (r) => answer(r.endpoint, String(r.headers.authorization)) }),
  });
  const lines: string[] = [];
  const logger = {
    debug: (...args: unknown[]) => lines.push(args.map((a) => inspect(a)).join(' ')),
    warn: (...args: unknown[]) => lines.push(args.map((a) => inspect(a)).join(' ')),
  };
  try {
    const options: ClientOptions = {
      ...FAST,
      apiKey: key,
      maxRetries: 1,
      logger,
      baseUrl: `${server.url}${PREFIX[operation]}`,
    };
    const error = await OPERATIONS[operation](options).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, lines };
  } finally {
    await server.close();
  }
}

/** Whatever failed, failed with OrgdirErrors (collectDirectory's are gathered in an AggregateError here). */
function expectTyped(error: unknown): void {
  if (error === undefined) return;
  const errors = error instanceof AggregateError ? error.errors : [error];
  for (const e of errors) expect(e, inspect(e)).toBeInstanceOf(OrgdirError);
}

/** Fails naming the rendering that shows the key. */
function expectNoKey(key: string, error: unknown, lines: string[]): void {
  const errors = error instanceof AggregateError ? [error, ...error.errors] : [error];
  for (const e of errors) {
    for (const [i, text] of renderings(e).entries()) {
      expect(text.includes(key), `rendering #${i} of ${inspect(e)} shows the key`).toBe(false);
    }
  }
  for (const line of lines) expect(line.includes(key), `log line shows the key: ${line}`).toBe(false);
}

/**
 * Each place the key can be echoed, against the code that reads it: every vendor's error path for
 * the places any error answer has, the operations that read a place for the places only some
 * answers have, and every operation at least once. The fuzz below mixes places and operations.
 */
const ECHOES: ReadonlyArray<{ place: Place; operations: readonly Operation[] }> = [
  // Error answers (401): each vendor's envelope and fallbacks.
  {
    place: 'status-text',
    operations: ['telnyx users.list', 'flashback organization.users.list', 'openai groups.list'],
  },
  {
    place: 'request-id-header',
    operations: ['telnyx groupsReport json', 'flashback organization.users.list', 'openai users.list'],
  },
  {
    place: 'error-envelope',
    operations: [
      'telnyx users.list',
      'flashback organization.users.list',
      'openai groups.users.list',
      'collectDirectory',
    ],
  },
  {
    place: 'text-body',
    operations: ['telnyx groupsReport csv', 'flashback organization.users.list', 'openai users.list'],
  },
  {
    place: 'json-key',
    operations: ['telnyx groupsReport json', 'flashback organization.users.list', 'openai groups.list'],
  },
  // 200 answers the client must refuse, or page through until it refuses them.
  {
    place: 'content-type',
    operations: ['telnyx groupsReport csv', 'flashback organization.users.list', 'openai groups.list'],
  },
  { place: 'csv-header', operations: ['telnyx groupsReport csv', 'telnyx groupsReport json'] },
  {
    place: 'cursor',
    operations: ['openai users.list', 'openai groups.list', 'openai groups.users.list', 'collectDirectory'],
  },
  { place: 'page-meta', operations: ['telnyx users.list'] },
  { place: 'item-id', operations: ['telnyx users.list', 'flashback organization.users.list', 'openai users.list'] },
];

describe('a server echoing the key in one place', () => {
  const cases = ECHOES.flatMap(({ place, operations }) => operations.map((operation) => ({ place, operation })));

  it('the table covers every place and every operation', () => {
    expect(new Set(cases.map((c) => c.place))).toEqual(new Set(PLACES));
    expect(new Set(cases.map((c) => c.operation))).toEqual(new Set(Object.keys(OPERATIONS)));
  });

  it.each(cases)('$place → $operation: no error or log shows the key', async ({ place, operation }) => {
    const status = ['cursor', 'page-meta', 'item-id', 'csv-header', 'content-type'].includes(place) ? 200 : 401;
    const { error, lines } = await attempt(operation, KEY, (endpoint, auth) =>
      hostile(endpoint, status, [place], auth),
    );
    // A 401 must fail; a 200 may happen to be a valid answer for some operations (then nothing can leak).
    if (status === 401) expect(error).toBeDefined();
    expectTyped(error);
    expectNoKey(KEY, error, lines);
  });
});

describe('fuzzed hostile servers', () => {
  const scenario = fc.record({
    operation: fc.constantFrom(...(Object.keys(OPERATIONS) as Operation[])),
    key: fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/).map((s) => `sk-${s}`),
    status: fc.oneof(
      fc.constantFrom(200, 400, 401, 403, 404, 408, 409, 418, 422, 429, 451, 500, 502, 503, 504),
      fc.integer({ min: 200, max: 599 }),
    ),
    places: fc.subarray([...PLACES], { minLength: 1 }),
    /**
     * What the server echoes: the whole header, the bare key, the key inside other text, the key
     * without its last two characters, or a 12-character part from its middle.
     */
    echo: fc.constantFrom('header', 'key', 'embedded', 'truncated', 'middle'),
  });

  it(
    'no error, log line or rendering ever shows the key',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ operation, key, status, places, echo }) => {
          const part = { header: key, key, embedded: key, truncated: key.slice(0, -2), middle: key.slice(4, 16) }[echo];
          const { error, lines } = await attempt(operation, key, (endpoint, auth) => {
            const bare = auth.replace(/^Bearer /, '');
            const text = {
              header: auth,
              key: bare,
              embedded: `x${bare}y`,
              truncated: bare.slice(0, -2),
              middle: `x${bare.slice(4, 16)}y`,
            }[echo];
            return hostile(endpoint, status, places, text);
          });
          expectTyped(error);
          expectNoKey(part, error, lines);
        }),
        runs(20, 2_000),
      );
    },
    TEST_TIMEOUT,
  );
});
