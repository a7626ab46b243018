/**
 * Run settings shared by the reliability and security suites. Normal runs use a fixed seed and a
 * bounded number of runs so `pnpm test` stays fast and repeatable; `ORGDIR_CHAOS=1` (the chaos
 * config) multiplies the runs and, unless `FC_SEED` is set, lets fast-check pick a fresh seed
 * (it prints the seed and the shrunk counterexample on failure, so any find can be replayed).
 */

import type { Fault } from '@orgdir/fake-vendors';
import type { Parameters } from 'fast-check';

/** True under `ORGDIR_CHAOS=1`. */
export const CHAOS = process.env.ORGDIR_CHAOS === '1';

/** The seed: `FC_SEED`, else 42 in normal runs and random in chaos runs. */
export const SEED: number | undefined =
  process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : CHAOS ? undefined : 42;

/** fast-check parameters: `normal` runs normally, `chaos` runs in chaos mode. */
export function runs<T>(normal: number, chaos = Math.max(500, normal * 20)): Parameters<T> {
  return { numRuns: CHAOS ? chaos : normal, ...(SEED !== undefined && { seed: SEED }) };
}

/** Per-test timeout (vitest's default of 5 s is too short for a property with many runs). */
export const TEST_TIMEOUT = CHAOS ? 30 * 60_000 : 60_000;

/** A distinctive fake key, so any leak is easy to find. */
export const KEY = 'sk-orgdir-SECRET-4b7e1d90c2a8f6e3';

/**
 * Per-attempt timeout where no stall is scheduled. No passing test waits for it, so it is far
 * above anything a healthy loopback request takes (see the README's machine-size notes); it only
 * bounds how long a client bug that hangs takes to show.
 */
export const TIMEOUT_MS = 5_000;

/**
 * Per-attempt timeout in the runs that schedule a stall. The fault server stalls until the client
 * hangs up, so each stall costs exactly this much wall time (the listing properties run side by
 * side, so their waits overlap). The healthy requests of the same run share it, so it stays many
 * times what one takes while CPU-bound processes outnumber the cores several times over.
 */
export const STALL_TIMEOUT_MS = 2_000;

/** The per-attempt timeout for a run whose schedule holds `faults`: short only when one of them stalls. */
export function timeoutFor(faults: Iterable<Fault | undefined>): number {
  for (const fault of faults) if (fault?.kind === 'stall' || fault?.kind === 'stall-body') return STALL_TIMEOUT_MS;
  return TIMEOUT_MS;
}

/** Client options that make retries nearly free: tiny backoff, `Retry-After` capped at a few ms. */
export const FAST = { apiKey: KEY, retryBaseDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: TIMEOUT_MS } as const;
