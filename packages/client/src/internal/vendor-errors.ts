import { APIError, type Vendor } from '../errors.js';
import { str } from './str.js';

interface Decoded {
  detail: string | undefined;
  code: string | undefined;
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** Reads each vendor's error envelope: Telnyx `errors[]`, Flashback `{success:false}`, OpenAI `{error}`. */
function decodeEnvelope(vendor: Vendor, body: unknown): Decoded {
  switch (vendor) {
    case 'telnyx': {
      const errors = field(body, 'errors');
      const first = Array.isArray(errors) ? errors[0] : undefined;
      const title = str(field(first, 'title'));
      const detail = str(field(first, 'detail'));
      return { detail: title && detail ? `${title}: ${detail}` : (title ?? detail), code: str(field(first, 'code')) };
    }
    case 'flashback':
      return { detail: str(field(body, 'message')) ?? str(field(body, 'error')), code: undefined };
    case 'openai': {
      const error = field(body, 'error');
      return { detail: str(field(error, 'message')), code: str(field(error, 'code')) ?? str(field(error, 'type')) };
    }
  }
}

/** Builds the APIError subclass for a non-2xx answer (the resource guard scrubs the key out of it). */
export function toAPIError(vendor: Vendor, response: Response, body: unknown): APIError {
  const { detail, code } = decodeEnvelope(vendor, body);
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
