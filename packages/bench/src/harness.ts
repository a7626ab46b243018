/**
 * One row of `bench/results.json`: orgdir against one peer; `ratio = orgdir / peer`, lower is
 * better. `orgdir` and `peer` are medians over `rounds`; each spread is max − min over them.
 */
export interface ResultRow {
  name: string;
  orgdir: number;
  peer: number;
  peerName: string;
  unit: string;
  ratio: number;
  orgdirSpread: number;
  peerSpread: number;
  rounds: number;
}

/** A measurement: one value, or one per round (reported as median and spread). */
export type Sample = number | readonly number[];

/** Median, spread (max − min) and count of a sample. */
export function summary(sample: Sample): { median: number; spread: number; rounds: number } {
  if (typeof sample === 'number') return { median: sample, spread: 0, rounds: 1 };
  return { median: median(sample), spread: Math.max(...sample) - Math.min(...sample), rounds: sample.length };
}

/** A row as printed: the results row plus the target for it. */
export interface ReportRow extends ResultRow {
  /** The target in words, e.g. `ratio ≤ 1.10`. */
  target?: string;
  /** Whether the figure meets the target; absent when there is none. */
  met?: boolean;
}

/** How big a run is: `full` is the table, `tiny` keeps the code path alive in tests. */
export type Size = 'full' | 'tiny';

/** What a case gets from the runner. */
export interface CaseContext {
  size: Size;
  log(message: string): void;
}

/** One benchmark case of the table. */
export interface BenchCase {
  /** Short identifier, used by `--only`. */
  id: string;
  run(ctx: CaseContext): Promise<{ rows: ReportRow[]; notes: string[] }>;
}

/** A measured implementation: `run` does the whole unit of work once. */
export interface Contender {
  name: string;
  run(): Promise<void>;
}

/** The median of `values` (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The order contenders run in during `round`: rotated each round, so no implementation always
 * runs first (cold sockets, JIT) or last (a heap grown by the others).
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const k = round % Math.max(1, items.length);
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Runs every contender once per round, alternating them within the round, and returns each one's
 * wall times in milliseconds. `warmup` runs each contender untimed first.
 */
export async function alternate(
  contenders: readonly Contender[],
  rounds: number,
  warmup?: (c: Contender) => Promise<void>,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  if (warmup) for (const c of contenders) await warmup(c);
  for (let round = 0; round < rounds; round++) {
    for (const c of roundOrder(contenders, round)) {
      const start = performance.now();
      await c.run();
      times.get(c.name)?.push(performance.now() - start);
    }
  }
  return times;
}

/**
 * Like {@link alternate} for many small operations: each round runs `total` calls of every
 * contender, interleaved in blocks of `block` calls (rotating who goes first), so a change in
 * machine load during the round hits every contender alike. Returns each one's per-round totals
 * in milliseconds.
 */
export async function alternateBlocks(
  contenders: ReadonlyArray<{ name: string; once(): Promise<void> }>,
  rounds: number,
  total: number,
  block: number,
): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    const sums = new Map<string, number>(contenders.map((c) => [c.name, 0]));
    for (let done = 0, b = 0; done < total; done += block, b++) {
      const n = Math.min(block, total - done);
      for (const c of roundOrder(contenders, round + b)) {
        const start = performance.now();
        for (let i = 0; i < n; i++) await c.once();
        sums.set(c.name, (sums.get(c.name) ?? 0) + performance.now() - start);
      }
    }
    for (const [name, ms] of sums) times.get(name)?.push(ms);
  }
  return times;
}

/** Rounds to 3 significant digits past the point, enough for a report. */
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Builds a row from medians over rounds (a plain number counts as one round), computing the ratio. */
export function row(
  name: string,
  orgdirSample: Sample,
  peerName: string,
  peerSample: Sample,
  unit: string,
  target?: { text: string; maxRatio?: number; maxOrgdir?: number },
): ReportRow {
  const mine = summary(orgdirSample);
  const theirs = summary(peerSample);
  const orgdir = mine.median;
  const peer = theirs.median;
  // A zero peer (possible only for tiny memory runs) has no meaningful ratio; JSON needs a number.
  const ratio = peer === 0 ? 0 : orgdir / peer;
  const out: ReportRow = {
    name,
    orgdir: round3(orgdir),
    peer: round3(peer),
    peerName,
    unit,
    ratio: round3(ratio),
    orgdirSpread: round3(mine.spread),
    peerSpread: round3(theirs.spread),
    rounds: Math.max(mine.rounds, theirs.rounds),
  };
  if (target) {
    out.target = target.text;
    out.met =
      (target.maxRatio === undefined || ratio <= target.maxRatio) &&
      (target.maxOrgdir === undefined || orgdir < target.maxOrgdir);
  }
  return out;
}

/** How many items `items` yields, iterating it to the end. */
export async function count(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of items) n++;
  return n;
}

/** Throws unless `actual === expected`: every contender must do the whole job, or its time means nothing. */
export function expectCount(who: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${who} saw ${actual} items, expected ${expected}`);
}
