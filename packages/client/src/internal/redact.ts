const REDACTED = '[redacted]';

/** Returns a function that replaces every occurrence of `secret` in strings, deeply, in any JSON-like value. */
export function redactor(secret: string): <T>(value: T) => T {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return value.split(secret).join(REDACTED);
    if (Array.isArray(value)) return value.map(scrub);
    if (value !== null && typeof value === 'object') {
      // Own enumerable keys only, written with defineProperty so a "__proto__" key stays a plain key.
      const copy: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        Object.defineProperty(copy, scrub(key) as string, {
          value: scrub(inner),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return copy;
    }
    return value;
  };
  return <T>(value: T) => scrub(value) as T;
}

/**
 * Removes the secret from an error in place: message, stack and every own field (body, requestId,
 * CSV columns…). A server can echo the key anywhere (status text, headers, cursors, ids), so every
 * error leaving a resource passes through here. An Error `cause` is scrubbed the same way.
 */
export function scrubError(error: unknown, redact: <T>(value: T) => T, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 3) return error;
  const target = error as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if (!descriptor || !('value' in descriptor) || !descriptor.writable) continue;
    const value = descriptor.value as unknown;
    target[key] = value instanceof Error ? scrubError(value, redact, depth + 1) : redact(value);
  }
  return error;
}
