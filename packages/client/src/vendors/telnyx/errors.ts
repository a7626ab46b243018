import type { DecodedError } from '../../internal/api-error.js';
import { rawField, str } from '../../internal/values.js';

/** Reads Telnyx's error envelope: `errors[0]` with `title`, `detail` and `code`. */
export function decodeTelnyxError(body: unknown): DecodedError {
  const errors = rawField(body, 'errors');
  const first = Array.isArray(errors) ? errors[0] : undefined;
  const title = str(rawField(first, 'title'));
  const detail = str(rawField(first, 'detail'));
  return { detail: title && detail ? `${title}: ${detail}` : (title ?? detail), code: str(rawField(first, 'code')) };
}
