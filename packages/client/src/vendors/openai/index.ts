import type { VendorDefinition } from '../definition.js';
import { createOpenAIClient, OPENAI_CONNECTION, type OpenAIClient } from './client.js';
import { listOpenAIUsers } from './directory.js';
import { OPENAI_REVIEW_SIGNALS } from './signals.js';
import { OPENAI_VERIFY_PLAN } from './verify.js';

export { createOpenAIClient, type OpenAIClient } from './client.js';
export { mapOpenAIUser } from './directory.js';
export type {
  OpenAIGroupUser,
  OpenAIGroupUsers,
  OpenAIGroupUsersListParams,
  OpenAIGroupUsersPage,
} from './group-users.js';
export type { OpenAIGroup, OpenAIGroups, OpenAIGroupsListParams, OpenAIGroupsPage } from './groups.js';
export type { OpenAIUser, OpenAIUsers, OpenAIUsersListParams, OpenAIUsersPage } from './users.js';

/** OpenAI (admin API): users and groups paged by cursor; no status, no sign-ins. @see specs/openai.yaml */
export const openaiVendor: VendorDefinition<'openai', OpenAIClient> = {
  ...OPENAI_CONNECTION,
  displayName: 'OpenAI',
  createClient: createOpenAIClient,
  listUsers: listOpenAIUsers,
  serverFilters: ['group'],
  review: OPENAI_REVIEW_SIGNALS,
  verify: OPENAI_VERIFY_PLAN,
};
