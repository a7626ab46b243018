import type { Vendor } from '@orgdir/client';
import { READY_TIMEOUT_ENV, startMocks, VENDORS } from '@orgdir/mock';
import type { TestProject } from 'vitest/node';
import './provided.js';

/**
 * Starts one Prism mock per spec before any contract test and stops them after the last one.
 * `ORGDIR_CONTRACT_BASE_URLS` (JSON, vendor id → base URL, e.g. `{"acme":"http://127.0.0.1:4010",…}`)
 * runs the suite against servers started elsewhere instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const override = process.env.ORGDIR_CONTRACT_BASE_URLS;
  if (override) {
    const baseUrls = JSON.parse(override) as Partial<Record<Vendor, string>>;
    const missing = VENDORS.filter((vendor) => typeof baseUrls[vendor] !== 'string');
    if (missing.length > 0) throw new Error(`ORGDIR_CONTRACT_BASE_URLS has no base URL for ${missing.join(', ')}`);
    project.provide('baseUrls', baseUrls as Record<Vendor, string>);
    return async () => {};
  }
  // 120 s instead of startMocks' 60 s (see the README's machine-size notes), unless
  // ORGDIR_MOCK_READY_TIMEOUT_MS is set (startMocks reads it).
  const mocks = await startMocks(process.env[READY_TIMEOUT_ENV] ? {} : { readyTimeoutMs: 120_000 });
  project.provide('baseUrls', mocks.baseUrls);
  return () => mocks.stop();
}
