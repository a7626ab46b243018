import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  checkBaseUrl,
  checkedNumericOptions,
  checkNumber,
  checkNumericOption,
  concurrencyLevels,
  MAX_TIMER_MS,
  NUMERIC_OPTIONS,
  type NumericOption,
  resolveApiKey,
} from '../../src/internal/config.js';

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

const OPTIONS = Object.keys(NUMERIC_OPTIONS) as NumericOption[];

/** Values no numeric option accepts, whatever its range ("1e309" parses to Infinity). */
const NEVER = [NaN, Infinity, -Infinity, Number('1e309'), -1, '4', '', null, true, 3n, {}, [2], () => 2];

/** The values just outside `option`'s range, and a fraction where it counts something. */
function outside(option: NumericOption): unknown[] {
  const { min, max, integer } = NUMERIC_OPTIONS[option];
  return [min - 1, min - 0.5, max + 1, max * 2, ...(integer ? [min + 0.5, min + 1.25] : [])];
}

/** The message for `option` with its range, as a pattern. */
function refusal(option: NumericOption): RegExp {
  const { min, max, integer } = NUMERIC_OPTIONS[option];
  return new RegExp(`^${option} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got .+\\.$`);
}

describe('checkedNumericOptions', () => {
  it.each(OPTIONS.flatMap((option) => [...NEVER, ...outside(option)].map((value) => ({ option, value }))))(
    '$option: $value is a ConfigurationError naming the option and its range',
    ({ option, value }) => {
      const check = () => checkedNumericOptions({ [option]: value });
      expect(check).toThrow(ConfigurationError);
      expect(check).toThrow(refusal(option));
    },
  );

  it.each(
    OPTIONS.flatMap((option) => {
      const { min, max, integer } = NUMERIC_OPTIONS[option];
      return [min, max, ...(integer ? [] : [min + 0.5])].map((value) => ({ option, value }));
    }),
  )('$option: $value (a boundary) is accepted as given', ({ option, value }) => {
    expect(checkedNumericOptions({ [option]: value })[option]).toBe(value);
  });

  it('fills in every default when nothing is given, each inside its own range', () => {
    const checked = checkedNumericOptions({});
    for (const option of OPTIONS) {
      const { default: fallback, min, max } = NUMERIC_OPTIONS[option];
      expect(checked[option]).toBe(fallback);
      expect(fallback).toBeGreaterThanOrEqual(min);
      expect(fallback).toBeLessThanOrEqual(max);
    }
  });

  it.each([
    ['maxRetries', NaN, 'maxRetries must be an integer from 0 to 10; got NaN.'],
    ['maxRetries', 2.5, 'maxRetries must be an integer from 0 to 10; got 2.5.'],
    ['timeoutMs', Infinity, `timeoutMs must be a number from 1 to ${MAX_TIMER_MS}; got Infinity.`],
    ['timeoutMs', 2 ** 31, `timeoutMs must be a number from 1 to ${MAX_TIMER_MS}; got 2147483648.`],
    ['concurrency', '4', 'concurrency must be an integer from 1 to 64; got the string "4".'],
    ['maxResponseBytes', null, `maxResponseBytes must be an integer from 1 to ${Number.MAX_SAFE_INTEGER}; got null.`],
    ['maxRetryDelayMs', -1, `maxRetryDelayMs must be a number from 0 to ${MAX_TIMER_MS}; got -1.`],
  ] as const)('%s: %s reads "%s"', (option, value, message) => {
    expect(() => checkedNumericOptions({ [option]: value })).toThrow(message);
  });
});

describe('NUMERIC_OPTIONS', () => {
  it('cannot be widened by a caller', () => {
    expect(() => {
      (NUMERIC_OPTIONS.maxRetries as { max: number }).max = 1e9;
    }).toThrow(TypeError);
    expect(() => checkedNumericOptions({ maxRetries: 11 })).toThrow(ConfigurationError);
  });
});

describe('checkNumericOption', () => {
  it('names the value under the label it is given (a CLI flag)', () => {
    expect(() => checkNumericOption('maxRetries', 11, '--max-retries')).toThrow(
      /^--max-retries must be an integer from 0 to 10; got 11\.$/,
    );
  });
});

describe('checkNumber', () => {
  const range = { min: 1, max: 250, integer: true } as const;

  it('passes undefined through (the default applies)', () => {
    expect(checkNumber('pageSize', undefined, range)).toBeUndefined();
  });

  it('shows a long string by its length only, so a pasted key is never echoed', () => {
    const secret = 'sk-orgdir-pasted-into-the-wrong-option';
    expect(() => checkNumber('pageSize', secret, range)).toThrow(`got a string of ${secret.length} characters.`);
    try {
      checkNumber('pageSize', secret, range);
    } catch (error) {
      expect(String(error)).not.toContain('pasted');
    }
  });
});

describe('concurrencyLevels', () => {
  it.each([
    [{}, { concurrency: 4, maxConcurrency: 16 }],
    [{ concurrency: 8 }, { concurrency: 8, maxConcurrency: 16 }],
    // A concurrency above the default ceiling alone still applies (and fixes the level).
    [{ concurrency: 32 }, { concurrency: 32, maxConcurrency: 32 }],
    [{ maxConcurrency: 2 }, { concurrency: 2, maxConcurrency: 2 }],
    [{ maxConcurrency: 40 }, { concurrency: 4, maxConcurrency: 40 }],
    [
      { concurrency: 6, maxConcurrency: 6 },
      { concurrency: 6, maxConcurrency: 6 },
    ],
  ])('%j gives %j', (options, levels) => {
    expect(concurrencyLevels(options)).toEqual(levels);
  });

  it('refuses a concurrency above an explicit maxConcurrency, naming both', () => {
    expect(() => concurrencyLevels({ concurrency: 9, maxConcurrency: 8 })).toThrow(ConfigurationError);
    expect(() => concurrencyLevels({ concurrency: 9, maxConcurrency: 8 })).toThrow(
      'concurrency (9) must not exceed maxConcurrency (8).',
    );
  });

  it.each([0, 65, 2.5, Number.NaN, '8'])('refuses maxConcurrency %j like every numeric option', (value) => {
    expect(() => concurrencyLevels({ maxConcurrency: value })).toThrow(
      /maxConcurrency must be an integer from 1 to 64/,
    );
  });
});
