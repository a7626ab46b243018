import type { Telnyx } from '@orgdir/types';
import { type BaseClient, type ClientOptions, createVendorContext } from '../../create-client.js';
import { scrubbedResource } from '../../internal/vendor-context.js';
import type { VendorConnection } from '../definition.js';
import { decodeTelnyxError } from './errors.js';
import { type TelnyxUsers, telnyxUsers } from './users.js';

/** How a Telnyx client connects: key variable, spec server, error envelope, validators. */
export const TELNYX_CONNECTION: VendorConnection<'telnyx'> = {
  id: 'telnyx',
  keyEnv: 'TELNYX_API_KEY',
  defaultBaseUrl: 'https://api.telnyx.com/v2',
  decodeError: decodeTelnyxError,
  loadValidators: async () => (await import('@orgdir/types/validators/telnyx')).validators,
};

/** A Telnyx client. */
export interface TelnyxClient extends BaseClient<Telnyx.paths> {
  users: TelnyxUsers;
}

/** Creates a Telnyx client. @see specs/telnyx.yaml */
export function createTelnyxClient(options: ClientOptions = {}): TelnyxClient {
  const ctx = createVendorContext<Telnyx.paths>(TELNYX_CONNECTION, options);
  return { raw: ctx.raw, baseUrl: ctx.baseUrl, users: scrubbedResource(ctx.scrub, telnyxUsers(ctx)) };
}
