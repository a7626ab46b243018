import type { DecodedError } from '../../internal/api-error.js';
import { rawField, str } from '../../internal/values.js';

/** Reads OpenAI's error envelope: `{ error: { message, code, type } }`. */
export function decodeOpenAIError(body: unknown): DecodedError {
  const error = rawField(body, 'error');
  return {
    detail: str(rawField(error, 'message')),
    code: str(rawField(error, 'code')) ?? str(rawField(error, 'type')),
  };
}
