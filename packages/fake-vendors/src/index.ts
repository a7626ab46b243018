/**
 * `@orgdir/fake-vendors`: one fake of every vendor's API on loopback. Each endpoint renders one
 * user store in its vendor's shape; faults (statuses, Retry-After, stalls, truncation, page shifts,
 * drift…) are options that combine. Private: for orgdir's own tests and benchmarks.
 */
export type { OpenAIPaging, PageLimits, VendorDefinition } from './endpoint.js';
export { always, attempts, combine, onEndpoint, onPage, when } from './plans.js';
export {
  dataset,
  GROUP_NAMES,
  type OpenAIGroupUserRecord,
  openaiGroupUser,
  rng,
  seededOpenAIUser,
  seededTelnyxUser,
  type TelnyxUserRecord,
  telnyxUser,
  withoutGroups,
} from './seeded.js';
export {
  errorBody,
  type FakeVendors,
  type FakeVendorsOptions,
  PAGE_SIZE,
  STRICT_PAGING,
  startFakeVendors,
  VENDOR_DEFINITIONS,
} from './server.js';
export { type LazyUsers, makeUsers } from './store.js';
export type {
  Endpoint,
  FakeGroup,
  FakeUser,
  FakeVendor,
  Fault,
  FaultContext,
  FaultPlan,
  MetaField,
  RawAnswer,
  RecordedRequest,
  RetryAfter,
} from './types.js';
export { FAKE_VENDORS } from './types.js';
export { REPORT_COLUMNS, reportCsv } from './vendors/telnyx.js';
export { type SeededUsers, startFakeVendorsWorker, type WorkerFake, type WorkerFakeSpec } from './worker.js';
