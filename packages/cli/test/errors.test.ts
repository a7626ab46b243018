import {
  APIConnectionError,
  AuthenticationError,
  ConfigurationError,
  InternalServerError,
  REDACTED,
} from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { describeError, ExitCode, exitCodeFor, UsageError } from '../src/errors.js';
import { notice } from '../src/notice.js';

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

describe("every stderr line is redacted with the client's rules", () => {
  const KEY = 'sk-cli-SECRET-0123456789abcdef';
  /** What `notice` writes for `message` with `secrets` in use. */
  const written = (message: string, secrets: string[]) => {
    let out = '';
    const write = (chunk: string) => {
      out += chunk;
      return true;
    };
    notice({ secrets: new Set(secrets), stderr: { isTTY: false, write } }, message);
    return out;
  };
  it.each([
    [
      'every occurrence of every key',
      `a ${KEY} b ${KEY} c sk-9`,
      [KEY, 'sk-9'],
      `a ${REDACTED} b ${REDACTED} c ${REDACTED}`,
    ],
    ['the key without its last two characters', `id ${KEY.slice(0, -2)}`, [KEY], `id ${REDACTED}`],
    ['a 12-character middle part of the key', `x=${KEY.slice(7, 19)}`, [KEY], `x=${REDACTED}`],
    ['an 11-character part is left alone', `x=${KEY.slice(7, 18)}`, [KEY], `x=${KEY.slice(7, 18)}`],
    ['a short key is not replaced inside a word', 'started Prism mocks', ['mock'], 'started Prism mocks'],
    ['a short key as a whole word is', 'key mock refused', ['mock'], `key ${REDACTED} refused`],
  ])('%s', (_name, message, secrets, expected) => {
    expect(written(message, secrets)).toBe(`orgdir: ${expected}\n`);
  });
});
