import type { VerifyPlan } from '../../verify-plans.js';
import type { OpenAIClient } from './client.js';

/**
 * OpenAI's read operations for `orgdir verify`: the groups, the users, and the users of the first
 * `maxGroups` groups.
 * @see specs/openai.yaml listGroups, listUsers, listGroupUsers
 */
export const OPENAI_VERIFY_PLAN: VerifyPlan<OpenAIClient> = {
  steps: [
    {
      id: 'groups',
      operationId: 'listGroups',
      description: 'groups, every page',
      run: async (client, { signal }) => {
        const ids: string[] = [];
        for await (const group of client.groups.list({ signal })) ids.push(group.id);
        return ids;
      },
    },
    {
      id: 'users',
      operationId: 'listUsers',
      description: 'users, every page',
      run: async (client, { signal }) => {
        for await (const _ of client.users.list({ signal })) {
          // Only the answers matter: the client checks each page against the spec.
        }
      },
    },
    {
      id: 'group-users',
      operationId: 'listGroupUsers',
      description: 'users of each group, up to --max-groups groups',
      run: async (client, { maxGroups, results, signal }) => {
        const ids = results.get('groups');
        if (!Array.isArray(ids)) throw new Error('the group listing failed, so no group could be read');
        for (const id of ids.slice(0, maxGroups) as string[]) {
          for await (const _ of client.groups.users.list(id, { signal })) {
            // As above: the answers are what is checked.
          }
        }
      },
    },
  ],
  checks: [],
};
