/**
 * A path parameter is data, never path: any string given as a group id reaches the server as
 * exactly one path segment that decodes back to that string (or, for the few strings no URL can
 * carry as a segment, is refused with a typed error before any request is sent).
 */

import { type FakeVendors, makeUsers, startFakeVendors } from '@orgdir/fake-vendors';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIClient, OrgdirError } from '../../src/index.js';
import { FAST, runs, TEST_TIMEOUT } from '../reliability/settings.js';

let server: FakeVendors;
beforeAll(async () => {
  server = await startFakeVendors({ users: makeUsers(1) });
});
afterAll(() => server.close());

/** Lists one group's users; returns the raw path segments the server saw for it, or the error. */
async function groupPath(groupId: string): Promise<{ segments: string[] } | { error: unknown }> {
  const before = server.requests.length;
  const client = createOpenAIClient({ ...FAST, baseUrl: server.baseUrl('openai'), maxRetries: 0 });
  try {
    await client.groups.users.list(groupId).toArray();
  } catch (error) {
    if (server.requests.length !== before) throw new Error(`refused ${JSON.stringify(groupId)} only after sending it`);
    return { error };
  }
  const seen = server.requests.slice(before);
  expect(seen).toHaveLength(1);
  return { segments: (seen[0] as { segments: string[] }).segments };
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The property: one segment, decoding to the input, under /v1/organization/groups/…/users. */
async function expectOneSegment(groupId: string): Promise<void> {
  const outcome = await groupPath(groupId);
  if ('error' in outcome) {
    // Only strings that cannot be a segment may be refused: empty, dot segments, lone surrogates.
    expect(outcome.error, JSON.stringify(groupId)).toBeInstanceOf(OrgdirError);
    expect(
      groupId === '' || groupId === '.' || groupId === '..' || LONE_SURROGATE.test(groupId),
      JSON.stringify(groupId),
    ).toBe(true);
    return;
  }
  const { segments } = outcome;
  expect(segments.slice(0, 3)).toEqual(['v1', 'organization', 'groups']);
  expect(segments.slice(4)).toEqual(['users']);
  expect(decodeURIComponent(segments[3] as string)).toBe(groupId);
}

describe('group id → one path segment', () => {
  const tricky = [
    '../x',
    '..%2Fx',
    '%2e%2e',
    'a/b',
    'a\\b',
    '/',
    '?after=x',
    '#frag',
    '%',
    '%zz',
    ' ',
    'a b',
    'g?x=1&y=2',
    '@evil.example',
    '//evil.example',
    'http://evil.example/',
    '\r\nX-Injected: 1',
    '\0',
    'grüppe',
    '组',
    '👩‍👩‍👧',
    '.hidden',
    '...',
    '.',
    '..',
    '',
    'x'.repeat(2000),
    '\uD800',
    'a\uDC00b',
  ];
  it.each(tricky.map((id) => ({ id, shown: JSON.stringify(id).slice(0, 40) })))('$shown', async ({ id }) => {
    await expectOneSegment(id);
  });

  it(
    'property: any string (full Unicode) is one segment that decodes back to it',
    async () => {
      const anyString = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.stringMatching(/^[./\\%?#&=@: a-z0-9-]{0,12}$/),
        // A lone surrogate somewhere: no UTF-8 (hence no percent-encoding) exists for it.
        fc
          .tuple(fc.string({ maxLength: 5 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 5 }))
          .map(([a, unit, b]) => `${a}${String.fromCharCode(unit)}${b}`),
      );
      await fc.assert(fc.asyncProperty(anyString, expectOneSegment), runs(100, 5_000));
    },
    TEST_TIMEOUT,
  );
});
