/**
 * An id that goes into a later request path (the OpenAI group id) is checked before use. A server
 * that echoes the key back as a group id gets a typed error: the key is never sent in a path,
 * never logged, and never shown by the error, even though the error is thrown before any request.
 * A caller's group id that is not a non-empty string, or that holds the key, is refused the same way.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  collectDirectory,
  createOpenAIClient,
  InvalidResponseError,
  type OpenAIClient,
} from '../../src/index.js';
import { FAKE_KEY, fast, json, startServer, type TestServer } from '../support/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The key as a server might echo it: whole, without its last two characters, a middle part. */
const ECHOES = [
  ['the whole key', FAKE_KEY],
  ['the key without its last two characters', FAKE_KEY.slice(0, -2)],
  ['a 14-character middle part of the key', `group_${FAKE_KEY.slice(8, 22)}`],
] as const;

/** Every way an error can be shown, plus the log lines. */
function rendered(error: unknown, lines: readonly string[]): string {
  const e = error as Error;
  return [
    e.message,
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ...lines,
  ].join('\n');
}

/** No part of the key of 12 characters or more in `text`. */
function expectNoKeyPart(text: string): void {
  for (let at = 0; at + 12 <= FAKE_KEY.length; at++) expect(text).not.toContain(FAKE_KEY.slice(at, at + 12));
}

/** An OpenAI server whose group listing holds one group with `groupId`; records every request. */
async function openaiWithGroup(groupId: unknown): Promise<{ client: OpenAIClient; lines: string[] }> {
  server = await startServer((_req, res, seen) => {
    if (seen.url.pathname === '/v1/organization/groups')
      return json(res, 200, { object: 'list', data: [{ id: groupId, object: 'group', name: 'g' }], has_more: false });
    json(res, 200, { object: 'list', data: [], has_more: false });
  });
  const lines: string[] = [];
  const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
  return { client: createOpenAIClient({ ...fast, baseUrl: `${server.url}/v1`, logger }), lines };
}

/** Every path the server was asked for, raw and decoded. */
const paths = () => (server?.requests ?? []).map((r) => `${r.url.pathname} ${decodeURIComponent(r.url.pathname)}`);

describe('a group id from a response', () => {
  it.each(ECHOES)('%s as a group id: InvalidResponseError, never sent, logged or shown', async (_name, echo) => {
    const { client, lines } = await openaiWithGroup(echo);
    const error = await client.groups
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/group id .* holds the API key/);
    const result = await collectDirectory({ clients: { openai: client } });
    expect(result.vendors[0]?.error).toBeInstanceOf(InvalidResponseError);
    expectNoKeyPart([rendered(error, lines), rendered(result.vendors[0]?.error, []), ...paths()].join('\n'));
    expect(paths().every((p) => !p.includes('/groups/'))).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a number', 42],
    ['empty', ''],
    ['a dot segment', '..'],
    ['a slash', 'a/../../users'],
    ['a percent sign', '%2e%2e'],
    ['a question mark', 'g?limit=1'],
    ['whitespace', 'group 1'],
    ['a line break', 'g\r\nX-Injected: 1'],
    ['a NUL', 'g\u0000'],
    ['a zero-width space', 'g\u200Bx'],
    ['a lone surrogate', 'g\uD800'],
    ['257 characters', 'g'.repeat(257)],
  ])('%s: InvalidResponseError naming the item, no group request sent', async (_name, id) => {
    const { client } = await openaiWithGroup(id);
    const error = await client.groups
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('item 0');
    expect(paths().every((p) => !p.includes('/groups/'))).toBe(true);
  });

  it.each([
    ['an OpenAI-style id', 'group_01HZ9x-Ab_c'],
    ['dots, colons and @', 'g.1:2@x'],
    ['256 characters', 'g'.repeat(256)],
    ['non-ASCII letters', 'grüppe'],
  ])('%s: a legitimate id is used', async (_name, id) => {
    const { client } = await openaiWithGroup(id);
    const result = await collectDirectory({ clients: { openai: client } });
    expect(result.vendors[0]?.error).toBeUndefined();
    expect(server?.requests.map((r) => decodeURIComponent(r.url.pathname))).toContain(
      `/v1/organization/groups/${id}/users`,
    );
  });
});

describe("a caller's group id", () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { id: 'g' }],
    ['empty', ''],
  ])('%s: ConfigurationError before any request', async (_name, id) => {
    const { client } = await openaiWithGroup('g');
    expect(() => client.groups.users.list(id as string)).toThrow(ConfigurationError);
    expect(() => client.groups.users.list(id as string)).toThrow(/non-empty string/);
    expect(server?.requests).toHaveLength(0);
  });

  it.each(ECHOES)('%s: ConfigurationError before any request, the key not shown', async (_name, echo) => {
    const { client, lines } = await openaiWithGroup('g');
    let error: unknown;
    try {
      client.groups.users.list(echo);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server?.requests).toHaveLength(0);
    expectNoKeyPart(rendered(error, lines));
  });
});

describe('the key in a path the caller built with the raw client', () => {
  it.each(ECHOES)('%s: the debug line and the error never show it', async (_name, echo) => {
    server = await startServer((_req, res) => json(res, 500, { error: { message: 'down' } }));
    const lines: string[] = [];
    const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    const client = createOpenAIClient({ ...fast, maxRetries: 1, baseUrl: `${server.url}/v1`, logger });
    const result = await client.raw.GET('/organization/groups/{group_id}/users', {
      params: { path: { group_id: echo } },
    });
    expect(result.response.status).toBe(500);
    expect(lines).toHaveLength(2); // one retry, then the final status
    expectNoKeyPart(lines.join('\n'));
  });
});
