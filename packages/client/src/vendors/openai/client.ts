import type { OpenAI } from '@orgdir/types';
import { type BaseClient, type ClientOptions, createVendorContext } from '../../create-client.js';
import { scrubbedResource } from '../../internal/vendor-context.js';
import type { VendorConnection } from '../definition.js';
import { decodeOpenAIError } from './errors.js';
import { type OpenAIGroups, openaiGroups } from './groups.js';
import { type OpenAIUsers, openaiUsers } from './users.js';

/** How an OpenAI client connects: key variable, spec server, error envelope, validators. */
export const OPENAI_CONNECTION: VendorConnection<'openai'> = {
  id: 'openai',
  keyEnv: 'OPENAI_ADMIN_KEY',
  defaultBaseUrl: 'https://api.openai.com/v1',
  decodeError: decodeOpenAIError,
  loadValidators: async () => (await import('@orgdir/types/validators/openai')).validators,
};

/** An OpenAI (admin API) client. */
export interface OpenAIClient extends BaseClient<OpenAI.paths> {
  groups: OpenAIGroups;
  users: OpenAIUsers;
}

/** Creates an OpenAI admin client. @see specs/openai.yaml */
export function createOpenAIClient(options: ClientOptions = {}): OpenAIClient {
  const ctx = createVendorContext<OpenAI.paths>(OPENAI_CONNECTION, options);
  const { scrub } = ctx;
  return {
    raw: ctx.raw,
    baseUrl: ctx.baseUrl,
    groups: scrubbedResource(scrub, openaiGroups(ctx)),
    users: scrubbedResource(scrub, openaiUsers(ctx)),
  };
}
