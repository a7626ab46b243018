import type { VendorDefinition } from '../definition.js';
import { createFlashbackClient, FLASHBACK_CONNECTION, type FlashbackClient } from './client.js';
import { listFlashbackUsers } from './directory.js';
import { FLASHBACK_REVIEW_SIGNALS } from './signals.js';
import { FLASHBACK_VERIFY_PLAN } from './verify.js';

export { createFlashbackClient, type FlashbackClient } from './client.js';
export { mapFlashbackUser } from './directory.js';
export {
  FLASHBACK_ROLE_NAMES,
  type FlashbackOrganizationUsers,
  type FlashbackRoleName,
  type FlashbackUser,
  type FlashbackUsersListParams,
} from './organization-users.js';

/** Flashback: one unpaged list of organization users, role codes decoded. @see specs/flashback.yaml */
export const flashbackVendor: VendorDefinition<'flashback', FlashbackClient> = {
  ...FLASHBACK_CONNECTION,
  displayName: 'Flashback',
  createClient: createFlashbackClient,
  listUsers: listFlashbackUsers,
  serverFilters: [],
  review: FLASHBACK_REVIEW_SIGNALS,
  verify: FLASHBACK_VERIFY_PLAN,
};
