/**
 * Run settings shared by the reliability and security suites. Normal runs use a fixed seed and a
 * bounded number of runs so `pnpm test` stays fast and repeatable; `ORGDIR_CHAOS=1` (the chaos
 * config) multiplies the runs and, unless `FC_SEED` is set, lets fast-check pick a fresh seed
 * (it prints the seed and the shrunk counterexample on failure, so any find can be replayed).
 */
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
export const TEST_TIMEOUT = CHAOS ? 30 * 60_000 : 30_000;

/** A distinctive fake key, so any leak is easy to find. */
export const KEY = 'sk-orgdir-SECRET-4b7e1d90c2a8f6e3';

/** Per-attempt timeout in the suites: long enough for loopback under load, short enough that stalls are cheap. */
export const STALL_TIMEOUT_MS = 300;

/** Client options that make retries nearly free: tiny backoff, `Retry-After` capped at a few ms. */
export const FAST = { apiKey: KEY, retryBaseDelayMs: 1, maxRetryDelayMs: 5, timeoutMs: STALL_TIMEOUT_MS } as const;
