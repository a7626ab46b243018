import { describe, expect, it } from 'vitest';
import { APIConnectionError, APITimeoutError } from '../../src/errors.js';
import { connectionCause, connectionError, timeoutError } from '../../src/internal/connection-cause.js';

/** The shape undici gives a failed fetch: `TypeError('fetch failed')` caused by the socket's error. */
function fetchFailed(code: string, message = `connect ${code}`): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('connectionCause', () => {
  it.each([
    ['ENOTFOUND', 'DNS name not found (ENOTFOUND)'],
    ['EAI_AGAIN', 'DNS name not found (temporary DNS failure) (EAI_AGAIN)'],
    ['ECONNREFUSED', 'connection refused (ECONNREFUSED)'],
    ['ECONNRESET', 'connection reset (ECONNRESET)'],
    ['UND_ERR_SOCKET', 'connection reset (UND_ERR_SOCKET)'],
    ['UND_ERR_CONNECT_TIMEOUT', 'connection timed out (UND_ERR_CONNECT_TIMEOUT)'],
    ['CERT_HAS_EXPIRED', 'TLS certificate problem (CERT_HAS_EXPIRED)'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT)'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS certificate problem (SELF_SIGNED_CERT_IN_CHAIN)'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'TLS certificate problem (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS certificate problem (UNABLE_TO_VERIFY_LEAF_SIGNATURE)'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS certificate problem (ERR_TLS_CERT_ALTNAME_INVALID)'],
    ['EWHATEVER', 'connection failed (EWHATEVER)'],
  ])('%s → %s', (code, words) => {
    expect(connectionCause(fetchFailed(code))).toBe(words);
  });

  it('finds the code however deep the chain is, and prefers the innermost known one', () => {
    let error: unknown = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 10; i++) error = Object.assign(new Error(`wrap ${i}`), { cause: error, code: 'UND_ERR' });
    expect(connectionCause(error)).toBe('connection refused (ECONNREFUSED)');
  });

  it("reads the errors of an AggregateError (both of a dual-stack host's addresses refused)", () => {
    const refused = (address: string) => Object.assign(new Error(`connect ${address}`), { code: 'ECONNREFUSED' });
    const error = new TypeError('fetch failed', { cause: new AggregateError([refused('::1'), refused('127.0.0.1')]) });
    expect(connectionCause(error)).toBe('connection refused (ECONNREFUSED)');
  });

  it('stops on a cyclic or endless chain instead of looping', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(connectionCause(a)).toBeUndefined();
    let deep: unknown = Object.assign(new Error('bottom'), { code: 'ECONNRESET' });
    for (let i = 0; i < 10_000; i++) deep = new Error('wrap', { cause: deep });
    expect(connectionCause(deep)).toBeUndefined(); // beyond the bound: not named, but no stack overflow
  });

  it('is undefined for an error without any code', () => {
    expect(connectionCause(new TypeError('fetch failed'))).toBeUndefined();
    expect(connectionCause('a string')).toBeUndefined();
  });
});

describe('connectionError / timeoutError', () => {
  it('carry the vendor, lead with it and name the cause and the request', () => {
    const error = connectionError('telnyx', 'GET https://api.telnyx.com/v2/users', fetchFailed('ECONNREFUSED'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.vendor).toBe('telnyx');
    expect(error.message).toBe(
      'telnyx: Connection error, connection refused (ECONNREFUSED): GET https://api.telnyx.com/v2/users',
    );
    expect(error.toJSON()).toMatchObject({ vendor: 'telnyx' });
    const timeout = timeoutError('openai', 'GET https://api.openai.com/v1/users', 250);
    expect(timeout).toBeInstanceOf(APITimeoutError);
    expect(timeout.vendor).toBe('openai');
    expect(timeout.message).toBe('openai: Request timed out after 250 ms: GET https://api.openai.com/v1/users');
  });
});
