import type { VerifyPlan } from '../../verify-plans.js';
import type { FlashbackClient } from './client.js';

/**
 * Flashback's read operations for `orgdir verify`: the organization's users.
 * @see specs/flashback.yaml listOrganizationUsers
 */
export const FLASHBACK_VERIFY_PLAN: VerifyPlan<FlashbackClient> = {
  steps: [
    {
      id: 'users',
      operationId: 'listOrganizationUsers',
      description: 'organization users',
      run: async (client, { signal }) => {
        await client.organization.users.list({ signal });
      },
    },
  ],
  checks: [],
};
