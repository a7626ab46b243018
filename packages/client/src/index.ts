/**
 * @orgdir/client: typed clients for the organization-users APIs of Telnyx, Flashback and OpenAI,
 * over openapi-fetch, plus `collectDirectory`, one normalized directory across them.
 */
export {
  type BaseClient,
  type ClientOptions,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  DEFAULT_BASE_URLS,
  type FlashbackClient,
  type OpenAIClient,
  type TelnyxClient,
} from './create-client.js';
export {
  type CollectDirectoryOptions,
  collectDirectory,
  type Directory,
  type DirectoryUser,
  type Mapped,
  mapFlashbackUser,
  mapOpenAIUser,
  mapTelnyxUser,
  type UnmappedUser,
  type VendorResult,
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
export {
  FLASHBACK_ROLE_NAMES,
  type FlashbackOrganizationUsers,
  type FlashbackRoleName,
  type FlashbackUser,
  type FlashbackUsersListParams,
} from './vendors/flashback/organization-users.js';
export type {
  OpenAIGroupUser,
  OpenAIGroupUsers,
  OpenAIGroupUsersListParams,
  OpenAIGroupUsersPage,
} from './vendors/openai/group-users.js';
export type { OpenAIGroup, OpenAIGroups, OpenAIGroupsListParams, OpenAIGroupsPage } from './vendors/openai/groups.js';
export type { OpenAIUser, OpenAIUsers, OpenAIUsersListParams, OpenAIUsersPage } from './vendors/openai/users.js';
export {
  REPORT_CSV_HEADER,
  type TelnyxGroupsReportParams,
  type TelnyxReportRow,
  type TelnyxUser,
  type TelnyxUsers,
  type TelnyxUsersListParams,
  type TelnyxUsersPage,
} from './vendors/telnyx/users.js';
export {
  VERIFY_PLANS,
  type VerifyCheck,
  type VerifyClients,
  type VerifyFinding,
  type VerifyKind,
  type VerifyPlan,
  type VerifyStep,
  type VerifyStepOptions,
} from './verify-plans.js';
