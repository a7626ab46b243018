import { APIConnectionError, AuthenticationError, ConfigurationError, InternalServerError } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { describeError, ExitCode, exitCodeFor, redact, UsageError } from '../src/errors.js';

describe('describeError', () => {
  it.each([
    [
      'API error: vendor, status, message, request id',
      new AuthenticationError({
        status: 401,
        vendor: 'telnyx',
        message: 'Authentication failed',
        requestId: 'req-1',
        body: {},
      }),
      undefined,
      'telnyx: 401 Authentication failed (request id req-1)',
    ],
    [
      'status already in the message is not repeated',
      new InternalServerError({ status: 503, vendor: 'openai', message: '503 Service Unavailable', body: {} }),
      undefined,
      'openai: 503 Service Unavailable',
    ],
    [
      'connection error gets the fallback vendor',
      new APIConnectionError('Connection error.'),
      'flashback',
      'flashback: Connection error.',
    ],
    ['multi-line message is folded', new Error('one\n  two'), undefined, 'one two'],
    ['non-error value', 'boom', 'telnyx', 'telnyx: boom'],
  ])('%s', (_name, error, vendor, expected) => {
    expect(describeError(error, vendor)).toBe(expected);
  });
});

describe('exitCodeFor', () => {
  it.each([
    ['usage error', new UsageError('x'), ExitCode.usage],
    ['configuration error (bad base URL)', new ConfigurationError('x'), ExitCode.usage],
    ['API error', new AuthenticationError({ status: 401, vendor: 'telnyx', message: 'x', body: {} }), ExitCode.failure],
    ['network error', new APIConnectionError(), ExitCode.failure],
    ['anything else', new Error('x'), ExitCode.failure],
  ])('%s → exit %s', (_name, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });
});

describe('redact', () => {
  it.each([
    ['every occurrence of every secret', 'a KEY123 b KEY123 c sk-9', ['KEY123', 'sk-9'], 'a *** b *** c ***'],
    ['too-short secrets are ignored', 'abc', ['ab'], 'abc'],
    ['undefined secrets are ignored', 'abc', [undefined], 'abc'],
  ])('%s', (_name, text, secrets, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });
});
