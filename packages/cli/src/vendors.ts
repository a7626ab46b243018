import type { Vendor } from '@orgdir/client';
import { InvalidArgumentError } from 'commander';

/** Every vendor orgdir reads, in output order. */
export const VENDORS = ['telnyx', 'flashback', 'openai'] as const satisfies readonly Vendor[];

/** The environment variable holding each vendor's API key. */
export const KEY_ENV = {
  telnyx: 'TELNYX_API_KEY',
  flashback: 'FLASHBACK_API_KEY',
  openai: 'OPENAI_ADMIN_KEY',
} as const satisfies Record<Vendor, string>;

/** True when `value` names a vendor. */
export function isVendor(value: string): value is Vendor {
  return (VENDORS as readonly string[]).includes(value);
}

/**
 * Parses `--vendors telnyx,openai`: comma-separated, case-insensitive, duplicates removed, output in
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
