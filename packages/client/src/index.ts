/**
 * @orgdir/client: typed clients for the organization-users APIs of every vendor in its registry,
 * over openapi-fetch, plus `collectDirectory`, one normalized directory across them.
 */
export type { BaseClient, ClientOptions } from './create-client.js';
export {
  type CollectDirectoryOptions,
  collectDirectory,
  type Directory,
  type DirectoryUser,
  listVendorUsers,
  type Mapped,
  matchesFilter,
  type UnmappedUser,
  type VendorResult,
  type VendorUsers,
} from './directory.js';
export {
  APIConnectionError,
  APIError,
  type APIErrorInit,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  DriftError,
  type DriftEvent,
  type DriftKind,
  IncompleteListingError,
  type IncompleteListingInit,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  OrgdirError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  ReportFormatError,
  ResponseTooLargeError,
  UnprocessableEntityError,
  type Vendor,
} from './errors.js';
export { checkNumericOption, NUMERIC_OPTIONS, type NumberRange, type NumericOption } from './internal/config.js';
export { MIN_KEY_FRAGMENT, REDACTED, redact } from './internal/redact.js';
export { type Page, PagedIterable, type PagedIterableOptions } from './pagination.js';
export { REVIEW_SIGNALS, type ReviewSignal, type SignalRule, type VendorReviewSignals } from './review-signals.js';
export { type OnDrift, VALIDATE_MODES, type ValidateMode } from './validate.js';
export type {
  ListedUser,
  ListUsersOptions,
  UserFilter,
  UsersGroupsReportRow,
  VendorConnection,
  VendorDefinition,
} from './vendors/definition.js';
export * from './vendors/index.js';
export type {
  VerifyCheck,
  VerifyClients,
  VerifyFinding,
  VerifyKind,
  VerifyPlan,
  VerifyStep,
  VerifyStepOptions,
} from './verify-plans.js';
