import { APIConnectionError, APITimeoutError, type Vendor } from '../errors.js';

/** Deepest cause chain followed; a chain longer than this (or a cycle) stops there. */
const MAX_CAUSES = 32;

/** Error codes named in words; TLS certificate codes are matched by {@link isCertificateCode}. */
const WORDS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS name not found',
  EAI_AGAIN: 'DNS name not found (temporary DNS failure)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'connection reset',
  EPIPE: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** True for the TLS certificate verification codes of Node and OpenSSL. */
function isCertificateCode(code: string): boolean {
  return (
    /CERT/.test(code) ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
    code === 'HOSTNAME_MISMATCH'
  );
}

/** The `code` of every error in the cause chain (and in an AggregateError's `errors`), outermost first. */
function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  // Iterative and bounded: a cause chain is data from a library, so it may be long or cyclic.
  while (queue.length > 0 && seen.size < MAX_CAUSES) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && code) codes.push(code);
    if (cause !== undefined) queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors.slice(0, MAX_CAUSES));
  }
  return codes;
}

/**
 * Names why a connection failed, in words, from the error's cause chain: `connection refused
 * (ECONNREFUSED)`, `DNS name not found (ENOTFOUND)`, `TLS certificate problem
 * (SELF_SIGNED_CERT_IN_CHAIN)`, `connection reset (ECONNRESET)`. Undefined when no cause has a code.
 */
export function connectionCause(error: unknown): string | undefined {
  const codes = causeCodes(error);
  // The innermost known code is the most specific (undici wraps ECONNREFUSED in "fetch failed").
  for (const code of [...codes].reverse()) {
    if (isCertificateCode(code)) return `TLS certificate problem (${code})`;
    const words = WORDS[code];
    if (words) return `${words} (${code})`;
  }
  const last = codes.at(-1);
  return last ? `connection failed (${last})` : undefined;
}

/** The {@link APIConnectionError} for an attempt that got no HTTP answer: vendor, cause in words, request. */
export function connectionError(vendor: Vendor | undefined, where: string, cause: unknown): APIConnectionError {
  const lead = vendor ? `${vendor}: ` : '';
  const why = connectionCause(cause);
  return new APIConnectionError(`${lead}Connection error${why ? `, ${why}` : ''}: ${where}`, { cause, vendor });
}

/** The {@link APITimeoutError} for an attempt that outlived `timeoutMs`. */
export function timeoutError(vendor: Vendor | undefined, where: string, timeoutMs: number): APITimeoutError {
  const lead = vendor ? `${vendor}: ` : '';
  return new APITimeoutError(`${lead}Request timed out after ${timeoutMs} ms: ${where}`, { vendor });
}
