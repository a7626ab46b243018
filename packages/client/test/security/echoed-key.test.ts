/**
 * A server that echoes the Authorization header everywhere it can (body, status text, headers),
 * on every vendor and error path: no error, log line or client object shows the key.
 */
import { inspect } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { collectDirectory } from '../../src/directory.js';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient } from '../../src/index.js';
import { FAKE_KEY, fast, json, startServer, type TestServer } from '../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every way an error can be shown: message, stack, toString, JSON, inspect (which walks cause and own fields). */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [e.message, String(e.stack), String(e), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })];
}

it('no error, log line or client object ever contains the key, even when a server echoes it', async () => {
  // The server echoes the Authorization header everywhere it can: body, status text, request id.
  server = await startServer((req, res, seen) => {
    const auth = req.headers.authorization ?? '';
    const mode = seen.url.pathname.split('/')[2]; // /<vendor>/<mode>/<operation path>
    if (mode === 'hang') return;
    if (mode === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(`<p>${auth}</p>`);
    }
    json(
      res,
      mode === 'ok' ? 200 : 401,
      { errors: [{ detail: auth }], error: { message: auth, code: auth }, message: auth, success: false },
      { 'x-request-id': 'req-1', 'x-echo': auth },
    );
  });
  const lines: string[] = [];
  const logger = {
    debug: (...a: unknown[]) => lines.push(a.join(' ')),
    warn: (...a: unknown[]) => lines.push(a.join(' ')),
  };
  const opts = { ...fast, logger, maxRetries: 1 };
  const telnyx = createTelnyxClient({ ...opts, baseUrl: `${server.url}/t/401` });
  const flashback = createFlashbackClient({ ...opts, baseUrl: `${server.url}/f/ok` });
  const openai = createOpenAIClient({ ...opts, baseUrl: `${server.url}/o/html` });
  const hanging = createOpenAIClient({ ...opts, timeoutMs: 100, baseUrl: `${server.url}/o/hang` });
  const refused = createTelnyxClient({ ...opts, baseUrl: 'http://127.0.0.1:9' });

  const errors = await Promise.all(
    [
      telnyx.users.list().toArray(),
      telnyx.users.groupsReport({ format: 'csv' }),
      flashback.organization.users.list(),
      openai.groups.list().toArray(),
      hanging.users.list().toArray(),
      refused.users.list().toArray(),
    ].map((p) =>
      p.then(
        () => new Error('expected a failure'),
        (e: unknown) => e,
      ),
    ),
  );
  const directory = await collectDirectory({ clients: { telnyx, flashback, openai } });

  expect(errors.map((e) => (e as Error).name)).toEqual([
    'AuthenticationError',
    'AuthenticationError',
    'InvalidResponseError',
    'InvalidResponseError',
    'APITimeoutError',
    'APIConnectionError',
  ]);
  // The echo reached the server side and the error body, so the redaction was exercised.
  expect(JSON.stringify((errors[0] as { body: unknown }).body)).toContain('[redacted]');
  const texts = [
    ...errors.flatMap(renderings),
    ...directory.vendors.flatMap((v) => renderings(v.error)),
    ...lines,
    JSON.stringify([telnyx, flashback, openai]),
    inspect([telnyx, flashback, openai], { depth: 10, showHidden: true }),
  ];
  expect(lines.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toContain(FAKE_KEY);
  // Nor any long fragment of it.
  for (const text of texts) expect(text).not.toContain(FAKE_KEY.slice(3, 20));
});
