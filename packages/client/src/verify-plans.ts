import type { DriftKind } from './errors.js';
import type { VendorClients } from './vendors/index.js';

/** The client of each vendor, as a verify plan receives it. */
export type VerifyClients = VendorClients;

/**
 * What a verify finding says: one of the client's drift kinds, or `report-mismatch` when two
 * answers that must agree (the same report as JSON and as CSV) do not.
 */
export type VerifyKind = DriftKind | 'report-mismatch';

/** One difference a plan's cross-check found, counted; `expected`/`actual` never hold a field's value. */
export interface VerifyFinding {
  kind: VerifyKind;
  path: string;
  expected: string;
  actual: string;
  count: number;
}

/** What a step may use beside its client. */
export interface VerifyStepOptions {
  /** The most groups whose members a step lists (`--max-groups`). */
  maxGroups: number;
  signal: AbortSignal;
  /** What earlier steps of the plan returned, by step id (a failed step has no entry). */
  results: ReadonlyMap<string, unknown>;
}

/** One read operation called the way `orgdir verify` calls it; its answers are checked by the client's validators. */
export interface VerifyStep<C> {
  /** Unique within the plan; later steps and checks find this step's result by it. */
  id: string;
  /** The spec's operationId the step calls. */
  operationId: string;
  /** What is called, e.g. "users, include_groups=true". */
  description: string;
  /** Reads the whole operation (every page) and returns what later steps or checks need. */
  run(client: C, options: VerifyStepOptions): Promise<unknown>;
}

/** A comparison of several steps' results, run when every step it needs succeeded. */
export interface VerifyCheck {
  /** The operation its findings are reported under. */
  operationId: string;
  /** Step ids whose results it compares. */
  needs: readonly string[];
  /** Differences found, counted; never values of the answers. */
  run(results: ReadonlyMap<string, unknown>): VerifyFinding[];
}

/** Which of a vendor's read operations `orgdir verify` calls, in order, and how their answers are cross-checked. */
export interface VerifyPlan<C> {
  steps: readonly VerifyStep<C>[];
  checks: readonly VerifyCheck[];
}
