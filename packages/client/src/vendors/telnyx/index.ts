import type { VendorDefinition } from '../definition.js';
import { createTelnyxClient, TELNYX_CONNECTION, type TelnyxClient } from './client.js';
import { listTelnyxUsers } from './directory.js';
import { TELNYX_REVIEW_SIGNALS } from './signals.js';
import { TELNYX_VERIFY_PLAN } from './verify.js';

export { createTelnyxClient, type TelnyxClient } from './client.js';
export { DIRECTORY_STATUS_TO_TELNYX, mapTelnyxUser, TELNYX_STATUS_TO_DIRECTORY } from './directory.js';
export {
  REPORT_CSV_HEADER,
  type TelnyxGroupsReportParams,
  type TelnyxReportRow,
  type TelnyxUser,
  type TelnyxUsers,
  type TelnyxUsersListParams,
  type TelnyxUsersPage,
} from './users.js';

/** Telnyx: organization users paged by number, with groups and a users/groups report. @see specs/telnyx.yaml */
export const telnyxVendor: VendorDefinition<'telnyx', TelnyxClient> = {
  ...TELNYX_CONNECTION,
  displayName: 'Telnyx',
  createClient: createTelnyxClient,
  listUsers: listTelnyxUsers,
  serverFilters: ['status', 'email'],
  usersGroupsReport: (client, { signal }) => client.users.groupsReport(signal ? { signal } : {}),
  review: TELNYX_REVIEW_SIGNALS,
  verify: TELNYX_VERIFY_PLAN,
};
