import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { checkBaseUrl, resolveApiKey } from '../../src/internal/config.js';

describe('checkBaseUrl', () => {
  it.each([
    ['https://api.example.test/v2/', 'https://api.example.test/v2'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://127.8.9.10:80/x', 'http://127.8.9.10/x'],
    ['http://localhost:4010/', 'http://localhost:4010'],
    ['http://[::1]:4010', 'http://[::1]:4010'],
  ])('accepts %s', (given, used) => {
    expect(checkBaseUrl(given)).toBe(used);
  });

  it.each([
    ['plain http to a remote host', 'http://api.example.test', /https/],
    ['a host that only starts like loopback', 'http://127.0.0.1.evil.test', /https/],
    ['localhost as a subdomain', 'http://localhost.evil.test', /https/],
    ['another scheme', 'ftp://127.0.0.1', /https/],
    ['a relative URL', '/v2', /absolute/],
    ['a query string', 'https://api.example.test/?x=1', /query/],
  ])('refuses %s', (_name, given, message) => {
    expect(() => checkBaseUrl(given)).toThrow(ConfigurationError);
    expect(() => checkBaseUrl(given)).toThrow(message);
  });

  it('refuses credentials without echoing them', () => {
    const error = (() => {
      try {
        checkBaseUrl('https://user:hunter2secret@api.example.test');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error?.message).not.toContain('hunter2secret');
  });
});

describe('resolveApiKey', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('prefers the option, then the environment', () => {
    vi.stubEnv('ORGDIR_TEST_KEY', 'from-env');
    expect(resolveApiKey('from-option', 'ORGDIR_TEST_KEY')).toBe('from-option');
    expect(resolveApiKey(undefined, 'ORGDIR_TEST_KEY')).toBe('from-env');
  });

  it.each([undefined, '', '   '])('refuses a missing key (%j), naming the variable', (key) => {
    vi.stubEnv('ORGDIR_TEST_KEY', '');
    expect(() => resolveApiKey(key, 'ORGDIR_TEST_KEY')).toThrow(/ORGDIR_TEST_KEY/);
  });

  it.each(['secret\r\nX-Evil: 1', 'secret\nX', 'secret\u0000'])(
    'refuses a key with control characters without echoing it',
    (key) => {
      expect(() => resolveApiKey(key, 'ORGDIR_TEST_KEY')).toThrow(ConfigurationError);
      try {
        resolveApiKey(key, 'ORGDIR_TEST_KEY');
      } catch (e) {
        expect((e as Error).message).not.toContain('secret');
      }
    },
  );
});
