// Type-level checks, verified by `pnpm typecheck` (tsc), not executed.
import { expectTypeOf } from 'vitest';
import {
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  type FlashbackRoleName,
  type OpenAIGroupUser,
  type TelnyxReportRow,
  type TelnyxUser,
} from '../src/index.js';

const telnyx = createTelnyxClient({ apiKey: 'k' });
const flashback = createFlashbackClient({ apiKey: 'k' });
const openai = createOpenAIClient({ apiKey: 'k' });

expectTypeOf(telnyx.users.list().toArray()).resolves.toEqualTypeOf<TelnyxUser[]>();
expectTypeOf(telnyx.users.groupsReport({ format: 'csv' })).resolves.toEqualTypeOf<TelnyxReportRow[]>();
expectTypeOf<TelnyxReportRow['groups'][number]>().toEqualTypeOf<{ name: string; id?: string }>();
expectTypeOf(flashback.organization.users.list())
  .resolves.items.toHaveProperty('orgRoleName')
  .toEqualTypeOf<FlashbackRoleName | null>();
expectTypeOf<OpenAIGroupUser['role']>().toEqualTypeOf<'owner' | 'reader' | undefined>();

// @ts-expect-error: not a documented status
telnyx.users.list({ filter: { user_status: 'active' } });
// @ts-expect-error: the report has no xml format
telnyx.users.groupsReport({ format: 'xml' });
// @ts-expect-error: order is asc or desc
openai.groups.users.list('g', { order: 'up' });
// @ts-expect-error: a group id is required
openai.groups.users.list();
// @ts-expect-error: raw is typed by the spec's paths
telnyx.raw.GET('/not/a/path');
