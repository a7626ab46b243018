import type { Flashback } from '@orgdir/types';
import { call, guarded, invalidShape } from '../../internal/answers.js';
import { checkItems } from '../../internal/check-items.js';
import type { VendorContext } from '../../internal/vendor-context.js';

type Schemas = Flashback.components['schemas'];

/** Role names by code, as the reference page names them. */
export const FLASHBACK_ROLE_NAMES = {
  0: 'USER',
  1: 'BILLING',
  2: 'WORKSPACES',
  254: 'ADMINISTRATOR',
  255: 'OWNER',
} as const satisfies Record<Schemas['OrgRole'], string>;

/** The name of a Flashback role code. */
export type FlashbackRoleName = (typeof FLASHBACK_ROLE_NAMES)[keyof typeof FLASHBACK_ROLE_NAMES];

/** A Flashback organization user, with `orgRole` decoded (null when absent or an unknown code). */
export type FlashbackUser = Schemas['User'] & { orgRoleName: FlashbackRoleName | null };

/** Parameters of {@link FlashbackOrganizationUsers.list}. */
export interface FlashbackUsersListParams {
  signal?: AbortSignal;
}

/** `flashback.organization.users`. */
export interface FlashbackOrganizationUsers {
  /**
   * Every user of the organization (the API does not paginate). `success:false` in a 2xx is an InvalidResponseError.
   * @see specs/flashback.yaml#/paths/~1organization~1users/get (listOrganizationUsers)
   */
  list(params?: FlashbackUsersListParams): Promise<FlashbackUser[]>;
}

/** Decodes a role code; null for null, absent or undocumented codes. */
export function flashbackRoleName(code: unknown): FlashbackRoleName | null {
  return typeof code === 'number' && Object.hasOwn(FLASHBACK_ROLE_NAMES, code)
    ? FLASHBACK_ROLE_NAMES[code as keyof typeof FLASHBACK_ROLE_NAMES]
    : null;
}

/** Builds `flashback.organization.users` over the shared vendor context. */
export function flashbackOrganizationUsers(ctx: VendorContext<Flashback.paths>): FlashbackOrganizationUsers {
  return {
    list: ({ signal } = {}) =>
      guarded(ctx, async () => {
        const { data } = await call(ctx, ctx.raw.GET('/organization/users', { fetch: ctx.fetchWith({ signal }) }));
        if (data.success !== true || !Array.isArray(data.data)) {
          throw invalidShape(ctx, 'a successful user list (success:true, data[])');
        }
        const users = checkItems<Schemas['User']>(ctx, 'listOrganizationUsers', data.data);
        return users.map((user) => ({ ...user, orgRoleName: flashbackRoleName(user.orgRole) }));
      }),
  };
}
