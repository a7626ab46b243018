/** What every redacted secret (or fragment of one) is replaced with, in the client and the CLI. */
export const REDACTED = '[redacted]';

/** Any run of this many characters or more taken from a key is redacted wherever it appears. */
export const MIN_KEY_FRAGMENT = 12;

/** A key shorter than this is replaced only as a whole word, never inside another word. */
const MIN_KEY_IN_WORDS = 8;

/** Letters, digits and `_`: what a whole-word match of a short key may not touch on either side. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A function that removes one set of secrets from a string. */
export type TextRedactor = (text: string) => string;

/**
 * Builds a redactor for `secrets`, applied in turn to a string:
 * - a secret of 12 characters or more: every run of 12 or more characters that is taken from it
 *   (the whole key, the key without its last characters, a middle part) is replaced;
 * - 8 to 11 characters: every occurrence of the whole secret;
 * - shorter: only whole-word occurrences, so a key `mock` leaves "Prism mocks" alone.
 * Empty or missing secrets are ignored. Linear in the text's length for each secret.
 */
export function textRedactor(secrets: Iterable<string | undefined>): TextRedactor {
  const steps: TextRedactor[] = [];
  for (const secret of new Set(secrets)) {
    if (!secret) continue;
    if (secret.length >= MIN_KEY_FRAGMENT) steps.push(fragmentRedactor(secret));
    else if (secret.length >= MIN_KEY_IN_WORDS) steps.push((text) => text.split(secret).join(REDACTED));
    else steps.push(wordRedactor(secret));
  }
  return (text) => {
    let out = text;
    for (const step of steps) out = step(out);
    return out;
  };
}

/** Whole-word occurrences of a short secret. */
function wordRedactor(secret: string): TextRedactor {
  return (text) => {
    if (!text.includes(secret)) return text;
    let out = '';
    let from = 0;
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
      const end = at + secret.length;
      if (at < from || WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
      out += text.slice(from, at) + REDACTED;
      from = end;
    }
    return from === 0 ? text : out + text.slice(from);
  };
}

/** Length of the probes the fragment search samples the text with (half of MIN_KEY_FRAGMENT). */
const PROBE = MIN_KEY_FRAGMENT / 2;

/**
 * Every run of text made of windows of `MIN_KEY_FRAGMENT` characters that all occur in the
 * secret. A run that long always holds a whole probe of `PROBE` characters starting at a multiple
 * of `PROBE`, so the text is sampled there against a Set of the secret's probes; only a hit is
 * checked against the Set of its windows and extended greedily. One pass, about one lookup per
 * `PROBE` characters for text without the secret.
 */
function fragmentRedactor(secret: string): TextRedactor {
  const n = MIN_KEY_FRAGMENT;
  const windows = new Set<string>();
  const probes = new Set<string>();
  // A 16-bit hash of each pair of adjacent characters of the secret: most probes of other text
  // fail this check without building a string.
  const pairs = new Uint8Array(65_536);
  const pair = (text: string, i: number) => ((text.charCodeAt(i) << 6) ^ text.charCodeAt(i + 1)) & 0xffff;
  for (let i = 0; i + n <= secret.length; i++) windows.add(secret.slice(i, i + n));
  for (let i = 0; i + PROBE <= secret.length; i++) probes.add(secret.slice(i, i + PROBE));
  for (let i = 0; i + 1 < secret.length; i++) pairs[pair(secret, i)] = 1;
  return (text) => {
    if (text.length < n) return text;
    const out: string[] = [];
    let from = 0; // text before this index is already in `out`
    let coveredTo = -1; // end of the current redacted run
    let minStart = 0; // no window starting before this can begin a new run
    for (let p = 0; p + PROBE <= text.length; p += PROBE) {
      if (!pairs[pair(text, p)] || !pairs[pair(text, p + 2)] || !pairs[pair(text, p + 4)]) continue;
      if (!probes.has(text.slice(p, p + PROBE))) continue;
      // A window holding the probe starts at most PROBE characters earlier.
      let start = -1;
      for (let at = Math.max(minStart, p - PROBE); at <= p && at + n <= text.length; at++) {
        if (windows.has(text.slice(at, at + n))) {
          start = at;
          break;
        }
      }
      if (start < 0) continue;
      let end = start + n;
      while (end < text.length && windows.has(text.slice(end - n + 1, end + 1))) end++;
      if (start > coveredTo) {
        if (coveredTo >= 0) out.push(REDACTED);
        out.push(text.slice(from, start));
      }
      coveredTo = Math.max(coveredTo, end);
      from = coveredTo;
      // The window at end - n + 1 is not the secret's, so the next run starts after it; its first
      // whole probe is at the first multiple of PROBE from there.
      minStart = end - n + 2;
      p = Math.max(p, Math.ceil(minStart / PROBE) * PROBE - PROBE);
    }
    if (coveredTo < 0) return text;
    out.push(REDACTED, text.slice(from));
    return out.join('');
  };
}

/** True for objects the redactor copies field by field: `{}` literals, `Object.create(null)` and JSON. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The short stand-in for an object the redactor does not walk, e.g. `[TLSSocket]`, `[Response]`. */
function placeholder(value: object): string {
  if (typeof value === 'function') return '[Function]';
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return `[${typeof name === 'string' && /^[\w$]{1,64}$/.test(name) ? name : 'Object'}]`;
}

/**
 * Removes the secrets from any value, without recursion (a queue of work, so a body nested
 * 100,000 levels deep is fine) and cycle-safe (each object is handled once; a cycle becomes the
 * same cycle in the result):
 * - strings are redacted;
 * - plain objects and arrays are copied with their keys and values redacted (own enumerable
 *   data properties only; a `__proto__` key stays a plain key);
 * - Errors are scrubbed in place (message, stack, `cause` and every other own field), so their
 *   class and identity survive;
 * - any other object (a certificate's Buffer, a socket, a Response, Headers, a class instance,
 *   a function) is replaced by a short `[ClassName]` string, so nothing inside it can show a
 *   secret and nothing inside it is walked.
 */
function redactValue<T>(value: T, redactText: TextRedactor): T {
  // A Map, not a WeakMap: it lives for one call only, and the GC handles a large WeakMap far more slowly.
  const done = new Map<object, unknown>();
  const work: Array<[source: object, target: object]> = [];
  const visit = (input: unknown): unknown => {
    if (typeof input === 'string') return redactText(input);
    if (input === null || (typeof input !== 'object' && typeof input !== 'function')) return input;
    const object = input as object;
    if (done.has(object)) return done.get(object);
    let target: unknown;
    if (object instanceof Error) target = object;
    else if (Array.isArray(object)) target = [];
    else if (isPlainObject(object)) target = Object.create(Object.getPrototypeOf(object));
    else target = redactText(placeholder(object));
    done.set(object, target);
    if (typeof target === 'object') work.push([object, target as object]);
    return target;
  };
  const result = visit(value);
  for (let item = work.pop(); item; item = work.pop()) {
    const [source, target] = item;
    if (source instanceof Error) scrubOwnFields(source, visit);
    else if (Array.isArray(source)) {
      const copy = target as unknown[];
      for (let i = 0; i < source.length; i++) copy.push(visit(source[i]));
    } else {
      const copy = target as Record<string, unknown>;
      for (const key of Object.keys(source)) {
        const descriptor = Object.getOwnPropertyDescriptor(source, key);
        if (!descriptor || !('value' in descriptor)) continue; // a getter is not run
        const name = redactText(key);
        const inner = visit(descriptor.value);
        // A plain assignment is fast; "__proto__" must be defined so it stays a plain key.
        if (name === '__proto__') {
          Object.defineProperty(copy, name, { value: inner, enumerable: true, writable: true, configurable: true });
        } else copy[name] = inner;
      }
    }
  }
  return result as T;
}

/** Replaces each own field of an Error (enumerable or not: message, stack, cause…) by its visited value. */
function scrubOwnFields(error: Error, visit: (value: unknown) => unknown): void {
  for (const key of Object.getOwnPropertyNames(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if (!descriptor) continue;
    let current: unknown;
    if ('value' in descriptor) current = descriptor.value;
    else if (descriptor.get && descriptor.configurable) {
      // An accessor (some engines make `stack` one): read it once and keep its redacted value.
      try {
        current = descriptor.get.call(error);
      } catch {
        continue;
      }
    } else continue;
    const next = visit(current);
    if (next === current && 'value' in descriptor) continue;
    if ('value' in descriptor && descriptor.writable) (error as unknown as Record<string, unknown>)[key] = next;
    else if (descriptor.configurable) {
      Object.defineProperty(error, key, {
        value: next,
        enumerable: descriptor.enumerable ?? false,
        writable: true,
        configurable: true,
      });
    }
  }
}

/**
 * Removes `secrets` from a string, an Error (in place, with its whole cause chain and own fields)
 * or any other value (see {@link redactValue}), using the same rules and placeholder everywhere.
 */
export function redact<T>(value: T, secrets: Iterable<string | undefined>): T {
  return redactValue(value, textRedactor(secrets));
}

/**
 * What leaves a resource instead of a thrown value: an Error or a string is redacted (an Error in
 * place, so its class and identity survive); any other value was not made by the client (e.g. a
 * caller's abort reason) and is returned as is.
 */
export function scrubError(error: unknown, redactText: TextRedactor): unknown {
  if (error instanceof Error || typeof error === 'string') return redactValue(error, redactText);
  return error;
}
