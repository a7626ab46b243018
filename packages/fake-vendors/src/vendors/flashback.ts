/**
 * Flashback: `GET /organization/users`, one unpaginated list in a `{success, data, total}` envelope.
 * @see specs/flashback.yaml getOrganizationUsers
 */
import { bent, isPath, json, record, type VendorDefinition } from '../endpoint.js';
import type { FakeUser } from '../types.js';

function flashbackUser(user: FakeUser): Record<string, unknown> {
  return record(user, 'flashback', () => ({
    id: user.id,
    email: user.email,
    name: user.name,
    lastName: 'Fake',
    orgId: 'org_1',
    orgRole: 0,
    validated: true,
    deletedAt: null,
    orgRoleDescription: 'USER',
    orgRoles: [0],
  }));
}

/** The fake Flashback. */
export const flashback: VendorDefinition = {
  vendor: 'flashback',
  prefix: '',
  errorBody: (status, message) => ({ success: false, message: message ?? `injected ${status}`, data: [], total: 0 }),
  endpoints: [
    {
      endpoint: 'flashback.users',
      match: (segments) => (isPath(segments, 'organization/users') ? {} : undefined),
      render({ fault, store }) {
        if (fault.kind === 'unsuccessful') return json({ success: false, data: [], total: 0 });
        const users = store.all('flashback');
        return json({ success: true, data: bent(users.map(flashbackUser), fault), total: users.length });
      },
    },
  ],
};
