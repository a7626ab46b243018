import { APIError, type Vendor } from '../errors.js';

/** What a vendor's error envelope says: a human-readable detail and a machine code, each when given. */
export interface DecodedError {
  detail: string | undefined;
  code: string | undefined;
}

/** Builds the APIError subclass for a non-2xx answer (the resource guard scrubs the key out of it). */
export function toAPIError(
  vendor: Vendor,
  decodeError: (body: unknown) => DecodedError,
  response: Response,
  body: unknown,
): APIError {
  const { detail, code } = decodeError(body);
  const fallback = typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 200) : response.statusText;
  const message = `${vendor} ${response.status}: ${detail ?? (fallback || 'request failed')}`;
  return APIError.from({
    status: response.status,
    vendor,
    message,
    code,
    requestId: response.headers.get('x-request-id') ?? undefined,
    body,
  });
}
