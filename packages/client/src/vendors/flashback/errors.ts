import type { DecodedError } from '../../internal/api-error.js';
import { rawField, str } from '../../internal/values.js';

/** Reads Flashback's error envelope: `{ success: false, message }` (or `error`); it has no code. */
export function decodeFlashbackError(body: unknown): DecodedError {
  return { detail: str(rawField(body, 'message')) ?? str(rawField(body, 'error')), code: undefined };
}
