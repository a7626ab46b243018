import { afterEach, describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type Vendor,
} from '../../src/errors.js';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient } from '../../src/index.js';
import { fast, json, startServer, type TestServer } from '../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Each vendor's error envelope, and one call that hits it. */
const vendors = {
  telnyx: {
    envelope: { errors: [{ code: '10010', title: 'Not authorized', detail: 'Nope.' }] },
    code: '10010',
    detail: 'Not authorized: Nope.',
    call: (url: string) =>
      createTelnyxClient({ ...fast, maxRetries: 0, baseUrl: url })
        .users.list()
        .toArray(),
  },
  flashback: {
    envelope: { success: false, data: [], total: 0 },
    code: undefined,
    detail: undefined,
    call: (url: string) => createFlashbackClient({ ...fast, maxRetries: 0, baseUrl: url }).organization.users.list(),
  },
  openai: {
    envelope: { error: { message: 'Rate limit reached.', type: 'requests', param: null, code: 'rate_limit_exceeded' } },
    code: 'rate_limit_exceeded',
    detail: 'Rate limit reached.',
    call: (url: string) =>
      createOpenAIClient({ ...fast, maxRetries: 0, baseUrl: url })
        .users.list()
        .toArray(),
  },
} satisfies Record<Vendor, unknown>;

const statuses = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [409, APIError],
  [422, UnprocessableEntityError],
  [429, RateLimitError],
  [500, InternalServerError],
  [502, InternalServerError],
] as const;

const cases = (Object.keys(vendors) as Vendor[]).flatMap((vendor) =>
  statuses.map(([status, Ctor]) => [vendor, status, Ctor] as const),
);

describe('non-2xx answers decode into the error hierarchy', () => {
  it.each(cases)('%s %i → %o', async (vendor, status, Ctor) => {
    const { envelope, code, detail, call } = vendors[vendor];
    server = await startServer((_req, res) => json(res, status, envelope, { 'x-request-id': 'req_123' }));
    const error = await call(server.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Ctor);
    expect(error).toMatchObject({ status, vendor, code, requestId: 'req_123', body: envelope });
    expect((error as Error).message).toContain(`${vendor} ${status}`);
    if (detail) expect((error as Error).message).toContain(detail);
  });

  it('a non-JSON error body becomes the message', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    });
    const error = await vendors.openai.call(server.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain('Bad gateway');
  });
});

describe('2xx answers that are not the documented shape are InvalidResponseError', () => {
  const answers: Array<[string, number, string, string]> = [
    ['a non-JSON body', 200, 'application/json', '<html>oops</html>'],
    ['a JSON body with a wrong content type', 200, 'text/html', '{"data":[]}'],
    ['an empty body', 200, 'application/json', ''],
    ['JSON of the wrong shape', 200, 'application/json', '{"unexpected":true}'],
  ];
  const perVendor = (Object.keys(vendors) as Vendor[]).flatMap((v) => answers.map((a) => [v, ...a] as const));

  it.each(perVendor)('%s: %s', async (vendor, _name, status, type, body) => {
    server = await startServer((_req, res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    const error = await vendors[vendor].call(server.url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ vendor });
  });

  it('flashback: success:false with a 200', async () => {
    server = await startServer((_req, res) => json(res, 200, { success: false, data: [], total: 0 }));
    await expect(vendors.flashback.call(server.url)).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
