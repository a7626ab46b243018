/**
 * Types generated from orgdir's OpenAPI specs, one namespace per vendor.
 * Each namespace exposes openapi-typescript's `paths`, `components` and `operations`.
 */

export type * as Flashback from './generated/flashback.js';
export type * as OpenAI from './generated/openai.js';
export type * as Telnyx from './generated/telnyx.js';
export type {
  BodyValidator,
  MediaTypeValidator,
  OperationValidators,
  Shape,
  ValidationError,
  VendorValidators,
} from './validation.js';
