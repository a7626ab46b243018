import type { BenchCase } from '../harness.js';
import { csvReport } from './csv-report.js';
import { gate } from './gate.js';
import { memoryPaging } from './memory-paging.js';
import { openaiPaging } from './openai-paging.js';
import { rateLimitedPaging } from './rate-limited-paging.js';
import { requestOverhead } from './request-overhead.js';
import { telnyxPaging } from './telnyx-paging.js';
import { validateReport } from './validate-report.js';

/** Every case of issue 7's table, in its order; `gate` runs only when asked for. */
export const CASES: readonly BenchCase[] = [
  requestOverhead,
  telnyxPaging,
  rateLimitedPaging,
  openaiPaging,
  csvReport,
  memoryPaging,
  validateReport,
  gate,
];

/** Cases run by default (the gate is opt-in: it re-runs the whole `pnpm test`). */
export const DEFAULT_CASES = CASES.filter((c) => c.id !== 'gate');
