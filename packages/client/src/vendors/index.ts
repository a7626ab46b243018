import { VENDOR_IDS } from '@orgdir/types';
import type { Vendor } from '../errors.js';
import type { VerifyPlan } from '../verify-plans.js';
import type { VendorDefinition } from './definition.js';
import { flashbackVendor } from './flashback/index.js';
import { openaiVendor } from './openai/index.js';
import { telnyxVendor } from './telnyx/index.js';

// The registry: one line per vendor here (its definition), and its public exports below.
export * from './flashback/index.js';
export * from './openai/index.js';
export * from './telnyx/index.js';

/** Every vendor's definition, by id. */
export const VENDOR_REGISTRY = {
  telnyx: telnyxVendor,
  flashback: flashbackVendor,
  openai: openaiVendor,
} as const satisfies {
  readonly [V in Vendor]: VendorDefinition<V, unknown>;
};

/** Every vendor id, in the order orgdir lists them. */
export const VENDORS: readonly Vendor[] = VENDOR_IDS;

/** Every vendor's definition, in {@link VENDORS} order, typed for code that handles any vendor. */
export const VENDOR_DEFINITIONS: readonly VendorDefinition[] = VENDORS.map((id) => vendorDefinition(id));

/** The definition of one vendor, typed for code that handles any vendor. */
export function vendorDefinition(vendor: Vendor): VendorDefinition {
  return VENDOR_REGISTRY[vendor];
}

/** The client type of each vendor. */
export type VendorClients = { [V in Vendor]: ReturnType<(typeof VENDOR_REGISTRY)[V]['createClient']> };

/** Builds one record with a value per vendor, in {@link VENDORS} order. */
function perVendor<T>(value: (definition: VendorDefinition) => T): Readonly<Record<Vendor, T>> {
  return Object.fromEntries(VENDOR_DEFINITIONS.map((d) => [d.id, value(d)])) as Record<Vendor, T>;
}

/** The environment variable holding each vendor's API key. */
export const KEY_ENV = perVendor((d) => d.keyEnv);

/** Every vendor's verify plan, keyed by vendor; `orgdir verify` reads only this map. */
export const VERIFY_PLANS = perVendor((d) => d.verify) as { readonly [V in Vendor]: VerifyPlan<VendorClients[V]> };

/** Default base URLs: each equals `servers[0].url` of the vendor's spec (a unit test checks it). */
export const DEFAULT_BASE_URLS = perVendor((d) => d.defaultBaseUrl);
