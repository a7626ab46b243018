import {
  type ClientOptions,
  type DriftEvent,
  redact,
  VERIFY_PLANS,
  type Vendor,
  type VerifyCheck,
  type VerifyClients,
  type VerifyKind,
  type VerifyPlan,
  type VerifyStep,
} from '@orgdir/client';
import { withConnections } from '../connections.js';
import type { ConnectionOptions, Context } from '../context.js';
import { describeError, UsageError } from '../errors.js';
import { KEY_ENV } from '../vendors.js';

/** A vendor's verdict: `clean`, `drift` (answers differ from the spec), `failed` (a call failed), `skipped` (no key). */
export type VerifyStatus = 'clean' | 'drift' | 'failed' | 'skipped';

/** One difference, counted over every answer of an operation. */
export interface DriftRow {
  kind: VerifyKind;
  /** JSON pointer into the answer, arrays as `*`; empty for the answer as a whole (its status or media type). */
  path: string;
  count: number;
  expected: string;
  actual: string;
}

/** One operation's requests and differences. */
export interface OperationReport {
  operationId: string;
  /** HTTP requests sent for it (retries included). */
  requests: number;
  drift: DriftRow[];
}

/** One vendor's part of the report. */
export interface VendorReport {
  vendor: Vendor;
  status: VerifyStatus;
  /** Why a call failed (one line per failed step), key redacted; only when `failed`. */
  error?: string;
  operations: OperationReport[];
}

/** What `orgdir verify` found. */
export interface VerifyReport {
  vendors: VendorReport[];
}

/** Options of {@link verifyVendors}. */
export interface VerifyOptions extends ConnectionOptions {
  vendors: Vendor[];
  /** The most groups whose members are listed, where a vendor lists members group by group. */
  maxGroups: number;
}

/** Collects one vendor's drift events and request counts while its plan runs. */
class Tally {
  /** The operation whose step is running; requests are counted for it. */
  current: string | undefined;
  readonly requests = new Map<string, number>();
  readonly rows = new Map<string, Map<string, DriftRow>>();
  readonly order: string[] = [];

  constructor(operationIds: readonly string[]) {
    for (const id of operationIds) this.operation(id);
  }

  private operation(id: string): Map<string, DriftRow> {
    let rows = this.rows.get(id);
    if (!rows) {
      rows = new Map();
      this.rows.set(id, rows);
      this.order.push(id);
    }
    return rows;
  }

  request(): void {
    if (this.current !== undefined) this.requests.set(this.current, (this.requests.get(this.current) ?? 0) + 1);
  }

  add(operationId: string, row: DriftRow): void {
    const rows = this.operation(operationId);
    const key = `${row.kind}\u0000${row.path}\u0000${row.expected}\u0000${row.actual}`;
    const seen = rows.get(key);
    if (seen) seen.count += row.count;
    else rows.set(key, { ...row });
  }

  operations(): OperationReport[] {
    return this.order.map((operationId) => ({
      operationId,
      requests: this.requests.get(operationId) ?? 0,
      drift: [...(this.rows.get(operationId)?.values() ?? [])].sort(byPathKind),
    }));
  }
}

/** Groups rows by path, then kind (then expected and actual, so the order is stable). */
function byPathKind(a: DriftRow, b: DriftRow): number {
  const key = (r: DriftRow) => [r.path, r.kind, r.expected, r.actual];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) {
    const c = (x[i] as string) < (y[i] as string) ? -1 : (x[i] as string) > (y[i] as string) ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/** The operations a plan calls or checks, in plan order, each once. */
function planOperations(plan: VerifyPlan<unknown>): string[] {
  return [...new Set([...plan.steps.map((s) => s.operationId), ...plan.checks.map((c) => c.operationId)])];
}

/** Runs one vendor's plan: every step in order (a failed step does not stop the others), then its checks. */
async function runPlan<C>(
  ctx: Context,
  vendor: Vendor,
  client: C,
  plan: VerifyPlan<C>,
  tally: Tally,
  maxGroups: number,
): Promise<VendorReport> {
  const results = new Map<string, unknown>();
  const errors: string[] = [];
  for (const step of plan.steps as readonly VerifyStep<C>[]) {
    tally.current = step.operationId;
    try {
      results.set(step.id, await step.run(client, { maxGroups, signal: ctx.signal, results }));
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      const line = describeError(error, vendor).replace(new RegExp(`^${vendor}: `), '');
      errors.push(`${step.operationId} (${step.description}): ${redact(line, ctx.secrets)}`);
    } finally {
      tally.current = undefined;
    }
  }
  for (const check of plan.checks as readonly VerifyCheck[]) {
    if (!check.needs.every((id) => results.has(id))) continue;
    for (const f of check.run(results)) tally.add(check.operationId, f);
  }
  const operations = tally.operations();
  if (errors.length > 0) return { vendor, status: 'failed', error: errors.join('; '), operations };
  const drifted = operations.some((o) => o.drift.length > 0);
  return { vendor, status: drifted ? 'drift' : 'clean', operations };
}

/**
 * Calls every read operation of each selected vendor's verify plan with the client's validation in
 * `'report'` mode, and counts each difference from the spec per operation, path and kind. A vendor
 * without a key is `skipped`; with no vendor left, a UsageError.
 */
export async function verifyVendors(ctx: Context, options: VerifyOptions): Promise<VerifyReport> {
  const tallies = new Map<Vendor, Tally>(options.vendors.map((v) => [v, new Tally(planOperations(VERIFY_PLANS[v]))]));
  const configure = (vendor: Vendor, clientOptions: ClientOptions): ClientOptions => {
    const tally = tallies.get(vendor) as Tally;
    const inner = clientOptions.fetch ?? ((input, init) => globalThis.fetch(input, init));
    return {
      ...clientOptions,
      validate: 'report',
      onDrift: (event: DriftEvent) => {
        const { kind, path, expected, actual, count } = event;
        tally.add(event.operationId, { kind, path, count, expected, actual });
      },
      fetch: (input, init) => {
        tally.request();
        return inner(input, init);
      },
    };
  };
  return withConnections(
    ctx,
    options,
    options.vendors,
    async ({ clients }) => {
      if (Object.keys(clients).length === 0) {
        const keys = options.vendors.map((v) => KEY_ENV[v]).join(', ');
        throw new UsageError(
          `no vendor to verify: ${keys} ${options.vendors.length === 1 ? 'is' : 'are'} not set (or run with --mock)`,
        );
      }
      const run = <V extends Vendor>(vendor: V, client: VerifyClients[V] | undefined): Promise<VendorReport> =>
        client === undefined
          ? Promise.resolve({ vendor, status: 'skipped', operations: [] })
          : runPlan(
              ctx,
              vendor,
              client,
              VERIFY_PLANS[vendor] as VerifyPlan<VerifyClients[V]>,
              tallies.get(vendor) as Tally,
              options.maxGroups,
            );
      const clientOf = <V extends Vendor>(vendor: V) => (clients as Partial<VerifyClients>)[vendor];
      const vendors = await Promise.all(options.vendors.map((vendor) => run(vendor, clientOf(vendor))));
      return { vendors };
    },
    configure,
  );
}

/** True when every verified vendor is clean (skipped ones aside). */
export function isClean(report: VerifyReport): boolean {
  return report.vendors.every((v) => v.status === 'clean' || v.status === 'skipped');
}
