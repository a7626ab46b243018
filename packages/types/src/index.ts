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

/**
 * Every vendor with a spec, in the order orgdir lists them: each is an `apis:` key of `redocly.yaml`,
 * a `specs/<id>.yaml`, a namespace above and a definition in `@orgdir/client`'s registry.
 */
export const VENDOR_IDS = ['telnyx', 'flashback', 'openai'] as const;

/** A vendor id: one of {@link VENDOR_IDS}. */
export type VendorId = (typeof VENDOR_IDS)[number];
