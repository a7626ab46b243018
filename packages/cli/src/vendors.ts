import { VENDORS, type Vendor } from '@orgdir/client';
import { InvalidArgumentError } from 'commander';

// The vendor facts come from the client's registry, never restated here.
export { KEY_ENV, VENDORS } from '@orgdir/client';

/** True when `value` names a vendor. */
export function isVendor(value: string): value is Vendor {
  return (VENDORS as readonly string[]).includes(value);
}

/**
 * Parses `--vendors acme,globex`: comma-separated, case-insensitive, duplicates removed, output in
 * {@link VENDORS} order. Throws commander's InvalidArgumentError (exit 2) on an unknown name.
 */
export function parseVendorList(value: string): Vendor[] {
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !isVendor(n));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown vendor ${unknown.join(', ')} (expected ${VENDORS.join(', ')})`);
  }
  if (names.length === 0) throw new InvalidArgumentError(`expected one or more of ${VENDORS.join(', ')}`);
  return VENDORS.filter((v) => names.includes(v));
}
