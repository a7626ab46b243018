import type { Vendor } from '@orgdir/client';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of each vendor's spec, started by the global setup. */
    baseUrls: Record<Vendor, string>;
  }
}
