import type { Vendor } from '@orgdir/client';
import { defaultReadyTimeoutMs, READY_TIMEOUT_ENV, startMocks, VENDORS } from '@orgdir/mock';
import type { TestProject } from 'vitest/node';
import './provided.js';

/**
 * Starts one Prism mock per spec before any contract test and stops them after the last one.
 * `ORGDIR_CONTRACT_BASE_URLS` (JSON, e.g. `{"telnyx":"http://127.0.0.1:4010",…}`) runs the suite
 * against servers started elsewhere instead.
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
  // `pnpm test` starts these beside a dozen other tasks on two cores, where a Prism start can take
  // tens of seconds; an explicit ORGDIR_MOCK_READY_TIMEOUT_MS still wins.
  const readyTimeoutMs = process.env[READY_TIMEOUT_ENV] ? defaultReadyTimeoutMs() : 120_000;
  const mocks = await startMocks({ readyTimeoutMs });
  project.provide('baseUrls', mocks.baseUrls);
  return () => mocks.stop();
}
