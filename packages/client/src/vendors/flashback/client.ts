import type { Flashback } from '@orgdir/types';
import { type BaseClient, type ClientOptions, createVendorContext } from '../../create-client.js';
import { scrubbedResource } from '../../internal/vendor-context.js';
import type { VendorConnection } from '../definition.js';
import { decodeFlashbackError } from './errors.js';
import { type FlashbackOrganizationUsers, flashbackOrganizationUsers } from './organization-users.js';

/** How a Flashback client connects: key variable, spec server, error envelope, validators. */
export const FLASHBACK_CONNECTION: VendorConnection<'flashback'> = {
  id: 'flashback',
  keyEnv: 'FLASHBACK_API_KEY',
  defaultBaseUrl: 'https://backend.flashback.tech',
  decodeError: decodeFlashbackError,
  loadValidators: async () => (await import('@orgdir/types/validators/flashback')).validators,
};

/** A Flashback client. */
export interface FlashbackClient extends BaseClient<Flashback.paths> {
  organization: { users: FlashbackOrganizationUsers };
}

/** Creates a Flashback client. @see specs/flashback.yaml */
export function createFlashbackClient(options: ClientOptions = {}): FlashbackClient {
  const ctx = createVendorContext<Flashback.paths>(FLASHBACK_CONNECTION, options);
  const users = scrubbedResource(ctx.scrub, flashbackOrganizationUsers(ctx));
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, organization: { users } };
}
