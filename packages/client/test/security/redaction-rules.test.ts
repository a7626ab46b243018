/**
 * The redaction rules themselves, one implementation shared by the client and the CLI: what part
 * of a key is redacted (fragments of 12 characters or more; short keys only as whole words), and
 * that any value, however deep, cyclic or foreign, is handled without recursion and without
 * copying what it cannot vouch for.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIError, MIN_KEY_FRAGMENT, REDACTED, redact } from '../../src/index.js';
import { KEY, runs } from '../reliability/settings.js';

/** The plain definition: mark every character inside a 12-character window of the key; each marked run → one placeholder. */
function naive(text: string, key: string): string {
  const covered = new Array<boolean>(text.length).fill(false);
  for (let at = 0; at + MIN_KEY_FRAGMENT <= text.length; at++) {
    if (key.includes(text.slice(at, at + MIN_KEY_FRAGMENT))) covered.fill(true, at, at + MIN_KEY_FRAGMENT);
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!covered[i]) out += text.charAt(i);
    else if (i === 0 || !covered[i - 1]) out += REDACTED;
  }
  return out;
}

describe('what part of a key is redacted', () => {
  const long = KEY; // 33 characters
  it.each([
    ['the whole key', `Bearer ${long}.`, `Bearer ${REDACTED}.`],
    ['the key without its last two characters', `id ${long.slice(0, -2)}!`, `id ${REDACTED}!`],
    ['the key without its first characters', `id ${long.slice(5)}!`, `id ${REDACTED}!`],
    ['a 12-character middle fragment', `x=${long.slice(10, 22)};`, `x=${REDACTED};`],
    ['a fragment glued to other text', `abc${long.slice(3, 20)}xyz`, `abc${REDACTED}xyz`],
    ['two fragments, each redacted', `${long.slice(0, 14)} and ${long.slice(-13)}`, `${REDACTED} and ${REDACTED}`],
    ['an 11-character fragment is left alone', `x=${long.slice(10, 21)};`, `x=${long.slice(10, 21)};`],
    [
      'text without the key is unchanged',
      'nothing to see here, 0123456789abcdef',
      'nothing to see here, 0123456789abcdef',
    ],
  ])('%s', (_name, text, expected) => {
    expect(redact(text, [long])).toBe(expected);
  });

  it('every fragment of the minimum length, at every offset, is redacted', () => {
    for (let at = 0; at + MIN_KEY_FRAGMENT <= long.length; at++) {
      const fragment = long.slice(at, at + MIN_KEY_FRAGMENT);
      expect(redact(`<${fragment}>`, [long]), fragment).toBe(`<${REDACTED}>`);
    }
  });

  it('property: any mix of key parts and other text is redacted exactly as the plain definition says', () => {
    const key = fc.stringMatching(/^[a-z0-9-]{12,40}$/);
    const piece = (k: string) =>
      fc.oneof(
        fc.tuple(fc.nat(k.length), fc.nat(k.length)).map(([a, b]) => k.slice(Math.min(a, b), Math.max(a, b))),
        fc.stringMatching(/^[a-z0-9 -]{0,15}$/),
      );
    const scenario = key.chain((k) => fc.tuple(fc.constant(k), fc.array(piece(k), { maxLength: 12 })));
    fc.assert(
      fc.property(scenario, ([k, pieces]) => {
        const text = pieces.join('');
        expect(redact(text, [k])).toBe(naive(text, k));
      }),
      runs(100),
    );
  });

  it.each([
    ['a short key is not replaced inside a word', 'mock', 'Prism mocks are up', 'Prism mocks are up'],
    ['a short key is replaced as a whole word', 'mock', 'key mock, or "mock"', `key ${REDACTED}, or "${REDACTED}"`],
    ['a short key at both ends', 'mock', 'mock x mock', `${REDACTED} x ${REDACTED}`],
    ['a short key in a path segment', 'abc123', '/groups/abc123/users', `/groups/${REDACTED}/users`],
    ['an 8-to-11 character key is replaced everywhere', 'secret99', 'xsecret99y', `x${REDACTED}y`],
    ['an 8-to-11 character key: a fragment of it is not', 'secret99', 'secret9', 'secret9'],
    ['an empty key redacts nothing', '', 'abc', 'abc'],
  ])('%s', (_name, key, text, expected) => {
    expect(redact(text, [key])).toBe(expected);
  });

  it('several keys (the CLI holds one per vendor), and missing ones are skipped', () => {
    expect(redact(`a ${long} b mock c`, [undefined, long, 'mock'])).toBe(`a ${REDACTED} b ${REDACTED} c`);
  });
});

/** An object shaped like `getPeerCertificate(true)` for a root: its issuer is itself. */
function peerCertificate(): Record<string, unknown> {
  const cert: Record<string, unknown> = {
    subject: { CN: 'orgdir test CA' },
    issuer: { CN: 'orgdir test CA' },
    raw: Buffer.from('certificate bytes'),
    fingerprint256: 'AA:BB',
  };
  cert.issuerCertificate = cert;
  return cert;
}

describe('any value, without recursion or foreign copies', () => {
  it('an error body nested 100,000 levels deep, with the key at the bottom', () => {
    let body: Record<string, unknown> = { message: `deep ${KEY}` };
    for (let i = 0; i < 100_000; i++) body = { inner: body };
    const error = new APIError({ status: 400, vendor: 'openai', message: 'bad', body });
    expect(redact(error, [KEY])).toBe(error);
    let level = error.body as Record<string, unknown>;
    for (let i = 0; i < 100_000; i++) level = level.inner as Record<string, unknown>;
    expect(level.message).toBe(`deep ${REDACTED}`);
  });

  it('a cause chain 100,000 levels deep, with the key at the bottom', () => {
    let error = new Error(`root ${KEY}`);
    const root = error;
    // Without stack traces above the root: formatting 100,000 of them is slow and not what is tested.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      for (let i = 0; i < 100_000; i++) error = new Error(`level ${i} ${KEY}`, { cause: error });
    } finally {
      Error.stackTraceLimit = limit;
    }
    redact(error, [KEY]);
    expect(error.message).toBe(`level 99999 ${REDACTED}`);
    expect(root.message).toBe(`root ${REDACTED}`);
    expect(String(root.stack)).not.toContain(KEY);
  });

  it('cycles: an error that is its own cause, a body that holds itself', () => {
    const body: Record<string, unknown> = { text: KEY };
    body.self = body;
    body.list = [body, KEY];
    const error = new APIError({ status: 500, vendor: 'telnyx', message: KEY, body });
    (error as Error).cause = error;
    redact(error, [KEY]);
    const copy = error.body as Record<string, unknown>;
    expect(copy.text).toBe(REDACTED);
    expect(copy.self).toBe(copy); // the same cycle, in the copy
    expect(copy.list).toEqual([copy, REDACTED]);
    expect(error.cause).toBe(error);
    expect(error.message).toBe(REDACTED);
  });

  it("a TLS error's peer certificate whose issuer is itself is not walked", () => {
    const cause = Object.assign(new Error(`Hostname/IP does not match certificate's altnames ${KEY}`), {
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      cert: peerCertificate(),
    });
    const error = new APIConnectionError('Connection error: GET https://127.0.0.1/x', {
      cause: new TypeError('fetch failed', { cause }),
    });
    redact(error, [KEY]);
    expect(cause.message).not.toContain(KEY);
    expect(cause.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    // The certificate is a plain object: copied once, its self-reference kept, its Buffer dropped.
    const cert = cause.cert as Record<string, unknown>;
    expect(cert.issuerCertificate).toBe(cert);
    expect(cert.raw).toBe('[Buffer]');
    expect(inspect(error, { depth: 20 })).not.toContain(KEY);
  });

  it.each([
    ['a Buffer', () => Buffer.from(KEY), '[Buffer]'],
    ['a Map', () => new Map([[KEY, KEY]]), '[Map]'],
    ['Headers', () => new Headers({ 'x-echo': KEY }), '[Headers]'],
    ['a Response', () => new Response(KEY), '[Response]'],
    [
      'a class instance',
      () =>
        new (class Socket {
          secret = KEY;
        })(),
      '[Socket]',
    ],
    ['a function', () => () => KEY, '[Function]'],
  ])('%s inside an error is replaced by a short placeholder', (_name, make, expected) => {
    const error = Object.assign(new Error('x'), { detail: make() });
    redact(error, [KEY]);
    expect(error.detail).toBe(expected);
  });

  it('keys of plain objects are redacted, and "__proto__" stays a plain key', () => {
    const body = JSON.parse(`{"__proto__": {"polluted": "${KEY}"}, "${KEY}": 1}`) as unknown;
    const copy = redact(body, [KEY]) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__', REDACTED]);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an AggregateError: each inner error is scrubbed in place', () => {
    const inner = new Error(KEY);
    const outer = new AggregateError([inner], 'some failed');
    redact(outer, [KEY]);
    expect(outer.errors[0]).toBe(inner);
    expect(inner.message).toBe(REDACTED);
  });
});
