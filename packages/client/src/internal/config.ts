import { ConfigurationError } from '../errors.js';

/** The key from the options, else from the environment; refuses a missing or header-breaking key. */
export function resolveApiKey(given: string | undefined, envName: string): string {
  const key = given ?? process.env[envName];
  if (key === undefined || key.trim() === '') {
    throw new ConfigurationError(`No API key: pass the apiKey option or set ${envName}.`);
  }
  // Control characters (CR/LF above all) could smuggle extra headers, and non-ASCII cannot be a
  // header value at all; refuse both here, typed, without echoing the key.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new ConfigurationError('The API key contains a line break, a space, or a non-ASCII or control character.');
  }
  return key;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** True for localhost, 127.0.0.0/8 and [::1]. */
function isLoopback(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** Checks a base URL: absolute, HTTPS unless the host is loopback, no credentials; returns it without a trailing slash. */
export function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl is not an absolute URL: ${JSON.stringify(baseUrl)}.`);
  }
  if (url.username || url.password) {
    // Do not echo the URL: it holds credentials.
    throw new ConfigurationError('baseUrl must not contain credentials; pass the key as apiKey.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigurationError(`baseUrl must use https (plain http only for a loopback host): ${url.origin}.`);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError('baseUrl must not have a query string or fragment.');
  }
  return url.href.replace(/\/+$/, '');
}

/** The values a numeric option or argument may take: `min` to `max` inclusive, whole numbers only when `integer`. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  /** True where the value counts something (retries, requests, bytes, items). */
  readonly integer: boolean;
}

/** The longest delay `setTimeout` honours (2^31−1 ms, about 24.8 days); a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Each numeric client option: its allowed range and its default. A new numeric option is one more
 * row here; {@link checkedNumericOptions} checks every row.
 */
export const NUMERIC_OPTIONS = {
  maxRetries: { min: 0, max: 10, integer: true, default: 2 },
  timeoutMs: { min: 1, max: MAX_TIMER_MS, integer: false, default: 60_000 },
  concurrency: { min: 1, max: 64, integer: true, default: 4 },
  maxConcurrency: { min: 1, max: 64, integer: true, default: 16 },
  maxResponseBytes: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true, default: 50 * 1024 * 1024 },
  retryBaseDelayMs: { min: 0, max: MAX_TIMER_MS, integer: false, default: 500 },
  maxRetryDelayMs: { min: 0, max: MAX_TIMER_MS, integer: false, default: 30_000 },
  maxRelists: { min: 0, max: 10, integer: true, default: 2 },
} as const satisfies Record<string, NumberRange & { default: number }>;
// Exported, so frozen: a caller cannot widen a range and switch a check off.
for (const row of Object.values(NUMERIC_OPTIONS)) Object.freeze(row);
Object.freeze(NUMERIC_OPTIONS);

/** The name of a numeric client option. */
export type NumericOption = keyof typeof NUMERIC_OPTIONS;

/** A value as an error message shows it: numbers as JS prints them, only short strings verbatim (never a key). */
function shown(value: unknown): string {
  switch (typeof value) {
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'string':
      return value.length <= 10 ? `the string ${JSON.stringify(value)}` : `a string of ${value.length} characters`;
    case 'undefined':
      return 'undefined';
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * Checks a numeric option or argument against its range and returns it; `undefined` passes (the
 * default applies). Anything else out of range (NaN, ±Infinity, a fraction where a count is meant,
 * a numeric string, null) is a ConfigurationError naming `name` and the value.
 */
export function checkNumber(name: string, value: unknown, range: NumberRange): number | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' &&
    value >= range.min &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value));
  if (!ok) {
    const kind = range.integer ? 'an integer' : 'a number';
    throw new ConfigurationError(`${name} must be ${kind} from ${range.min} to ${range.max}; got ${shown(value)}.`);
  }
  return value;
}

/** Checks one numeric client option; `label` names it in the error (a CLI flag, say), defaulting to the option's name. */
export function checkNumericOption(option: NumericOption, value: unknown, label: string = option): number | undefined {
  return checkNumber(label, value, NUMERIC_OPTIONS[option]);
}

/** Every numeric client option checked, with the defaults filled in. */
export function checkedNumericOptions(options: Partial<Record<NumericOption, unknown>>): Record<NumericOption, number> {
  const checked = {} as Record<NumericOption, number>;
  for (const option of Object.keys(NUMERIC_OPTIONS) as NumericOption[]) {
    checked[option] = checkNumericOption(option, options[option]) ?? NUMERIC_OPTIONS[option].default;
  }
  return checked;
}

/**
 * The page-request levels of a listing: where it starts (`concurrency`) and the most it grows to
 * (`maxConcurrency`). An unset ceiling is the default or `concurrency`, whichever is higher, so a
 * `concurrency` above 16 alone still applies; an unset start is the default or the ceiling,
 * whichever is lower. Both set with `concurrency > maxConcurrency` is a ConfigurationError.
 */
export function concurrencyLevels(options: Partial<Record<'concurrency' | 'maxConcurrency', unknown>>): {
  concurrency: number;
  maxConcurrency: number;
} {
  const start = checkNumericOption('concurrency', options.concurrency);
  const ceiling = checkNumericOption('maxConcurrency', options.maxConcurrency);
  if (start !== undefined && ceiling !== undefined && start > ceiling) {
    throw new ConfigurationError(`concurrency (${start}) must not exceed maxConcurrency (${ceiling}).`);
  }
  const maxConcurrency = ceiling ?? Math.max(NUMERIC_OPTIONS.maxConcurrency.default, start ?? 0);
  return { concurrency: start ?? Math.min(NUMERIC_OPTIONS.concurrency.default, maxConcurrency), maxConcurrency };
}
