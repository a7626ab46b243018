import {
  createOpenAIClient,
  type OpenAIGroupsListParams,
  type OpenAIGroupsPage,
  type OpenAIGroupUsersListParams,
  type OpenAIUsersListParams,
  type OpenAIUsersPage,
  RateLimitError,
} from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import {
  contract,
  documentedParameters,
  documentedResponses,
  errorCases,
  exampleCases,
  expectBodyMatchesSchema,
  expectMatchesExample,
  expectTypedError,
  expectValidRequests,
  expectValue,
  sentParameters,
  settle,
} from '../src/contract.js';
import type { Exchange, Recorder } from '../src/recorder.js';

const c = await contract('openai');
const GROUPS = 'listGroups';
const GROUP_USERS = 'listGroupUsers';
const USERS = 'listUsers';

function openai(recorder: Recorder) {
  return createOpenAIClient(c.clientOptions(recorder));
}

/** The typed error each documented error status must become. */
const ERRORS = { '429': RateLimitError };

type ListBody = {
  data: Array<{ id?: string }>;
  has_more: boolean;
  next?: string | null;
  first_id?: string | null;
  last_id?: string | null;
};

/**
 * Prism answers every page with the spec's one example (a last page). This makes it page n of
 * `total`: distinct ids per page, `has_more` until the last, and a `next` cursor where the schema
 * has one (otherwise the client pages by the last id, as the spec says).
 */
function asPage(total: number) {
  return (body: unknown, _exchange: Exchange, index: number): ListBody => {
    const page = body as ListBody;
    const n = index + 1;
    const data = page.data.map((item) => (n === 1 ? item : { ...item, id: `${item.id}-p${n}` }));
    // An empty page (possible in dynamic mode) cannot carry a cursor, so it ends the listing.
    const more = n < total && data.length > 0;
    return {
      ...page,
      data,
      has_more: more,
      ...('next' in page && { next: more ? `cursor-${n}` : null }),
      ...('last_id' in page && { first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null }),
    };
  };
}

/** Ids the walk must yield: the example's ids, then the same with `-p2`, `-p3`… */
function walkedIds(operationId: string, pages: number): Array<string | undefined> {
  const ids = (c.spec.example(operationId, '200') as ListBody).data.map((item) => item.id);
  return Array.from({ length: pages }, (_, i) => i + 1).flatMap((n) => ids.map((id) => (n === 1 ? id : `${id}-p${n}`)));
}

/** The cursor each request sent (`after`), in order. */
const cursors = (recorder: Recorder) => recorder.exchanges.map((e) => e.url.searchParams.get('after'));

describe('openai spec', () => {
  it('has a contract test for every operation', () => {
    expect(
      c.spec
        .operations()
        .map((op) => op.operationId)
        .sort(),
      'operations of specs/openai.yaml',
    ).toEqual([GROUPS, GROUP_USERS, USERS].sort());
  });
});

describe(GROUPS, () => {
  const operation = c.spec.operation(GROUPS);
  const list = (recorder: Recorder, params?: OpenAIGroupsListParams) => openai(recorder).groups.list(params);

  it('groups: documents exactly the responses the client handles', () => {
    expect(documentedResponses(operation), `${GROUPS}: documented responses`).toEqual([
      '200 application/json',
      '429 application/json',
    ]);
  });

  it('groups: every documented parameter', async () => {
    const recorder = c.recorder();
    const outcome = await settle(list(recorder, { limit: 20, order: 'asc', after: 'group_01J1F8ABCDXYZ' }).toArray());
    expectValidRequests(GROUPS, recorder, outcome);
    expectValue(GROUPS, outcome);
    expect(sentParameters(operation, recorder.exchanges), `${GROUPS}: parameters sent vs documented`).toEqual(
      documentedParameters(operation),
    );
    expect(Object.fromEntries(recorder.exchanges[0]?.url.searchParams ?? []), `${GROUPS}: parameter values`).toEqual({
      limit: '20',
      order: 'asc',
      after: 'group_01J1F8ABCDXYZ',
    });
  });

  const examples = exampleCases(c, GROUPS, 'groups', 'the example groups, field by field');
  it.each(examples)('%s', async (_title, { prefer, example }) => {
    const recorder = c.recorder({ prefer });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(GROUPS, recorder, outcome);
    expectBodyMatchesSchema(c, recorder.exchanges[0] as Exchange);
    expectMatchesExample(GROUPS, expectValue(GROUPS, outcome), (example as OpenAIGroupsPage).data, 'groups');
  });

  it('groups: walks every page by the `next` cursor', async () => {
    const recorder = c.recorder({ reshape: asPage(3) });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(GROUPS, recorder, outcome);
    expect(
      expectValue(GROUPS, outcome).map((g) => g.id),
      `${GROUPS}: groups in page order`,
    ).toEqual(walkedIds(GROUPS, 3));
    expect(cursors(recorder), `${GROUPS}: cursors sent`).toEqual([null, 'cursor-1', 'cursor-2']);
  });

  it.each(errorCases(c, GROUPS, 'groups', ERRORS))('%s', async (_title, errorCase) => {
    const recorder = c.recorder({ prefer: errorCase.prefer });
    expectTypedError(c, GROUPS, recorder, await settle(list(recorder).toArray()), errorCase);
  });
});

describe(GROUP_USERS, () => {
  const operation = c.spec.operation(GROUP_USERS);
  const groupId = 'group_01J1F8ABCDXYZ';
  const list = (recorder: Recorder, params?: OpenAIGroupUsersListParams) =>
    openai(recorder).groups.users.list(groupId, params);

  it('group users: documents exactly the responses the client handles', () => {
    expect(documentedResponses(operation), `${GROUP_USERS}: documented responses`).toEqual([
      '200 application/json',
      '429 application/json',
    ]);
  });

  it('group users: every documented parameter', async () => {
    const recorder = c.recorder();
    const outcome = await settle(list(recorder, { limit: 20, order: 'desc', after: 'user_abc123' }).toArray());
    expectValidRequests(GROUP_USERS, recorder, outcome);
    expectValue(GROUP_USERS, outcome);
    expect(sentParameters(operation, recorder.exchanges), `${GROUP_USERS}: parameters sent vs documented`).toEqual(
      documentedParameters(operation),
    );
    const url = recorder.exchanges[0]?.url;
    expect(url?.pathname, `${GROUP_USERS}: group_id in the path`).toBe(`/organization/groups/${groupId}/users`);
    expect(Object.fromEntries(url?.searchParams ?? []), `${GROUP_USERS}: parameter values`).toEqual({
      limit: '20',
      order: 'desc',
      after: 'user_abc123',
    });
  });

  const examples = exampleCases(c, GROUP_USERS, 'group users', 'the example users, field by field');
  it.each(examples)('%s', async (_title, { prefer, example }) => {
    const recorder = c.recorder({ prefer });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(GROUP_USERS, recorder, outcome);
    expectBodyMatchesSchema(c, recorder.exchanges[0] as Exchange);
    expectMatchesExample(GROUP_USERS, expectValue(GROUP_USERS, outcome), (example as ListBody).data, 'users');
  });

  it('group users: walks every page by the `next` cursor', async () => {
    const recorder = c.recorder({ reshape: asPage(3) });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(GROUP_USERS, recorder, outcome);
    expect(
      expectValue(GROUP_USERS, outcome).map((u) => u.id),
      `${GROUP_USERS}: users in page order`,
    ).toEqual(walkedIds(GROUP_USERS, 3));
    expect(cursors(recorder), `${GROUP_USERS}: cursors sent`).toEqual([null, 'cursor-1', 'cursor-2']);
  });

  it.each(errorCases(c, GROUP_USERS, 'group users', ERRORS))('%s', async (_title, errorCase) => {
    const recorder = c.recorder({ prefer: errorCase.prefer });
    expectTypedError(c, GROUP_USERS, recorder, await settle(list(recorder).toArray()), errorCase);
  });
});

describe(USERS, () => {
  const operation = c.spec.operation(USERS);
  const list = (recorder: Recorder, params?: OpenAIUsersListParams) => openai(recorder).users.list(params);

  it('users: documents exactly the responses the client handles', () => {
    expect(documentedResponses(operation), `${USERS}: documented responses`).toEqual([
      '200 application/json',
      '429 application/json',
    ]);
  });

  it('users: every documented parameter', async () => {
    const recorder = c.recorder();
    const emails = ['user@example.com', 'other@example.com'];
    const outcome = await settle(list(recorder, { limit: 20, after: 'user_abc', emails }).toArray());
    expectValidRequests(USERS, recorder, outcome);
    expectValue(USERS, outcome);
    expect(sentParameters(operation, recorder.exchanges), `${USERS}: parameters sent vs documented`).toEqual(
      documentedParameters(operation),
    );
    const query = recorder.exchanges[0]?.url.searchParams;
    expect(
      { limit: query?.get('limit'), after: query?.get('after'), emails: query?.getAll('emails') },
      `${USERS}: parameter values (emails repeated, form/explode)`,
    ).toEqual({ limit: '20', after: 'user_abc', emails });
  });

  const examples = exampleCases(c, USERS, 'users', 'the example users, field by field');
  it.each(examples)('%s', async (_title, { prefer, example }) => {
    const recorder = c.recorder({ prefer });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(USERS, recorder, outcome);
    expectBodyMatchesSchema(c, recorder.exchanges[0] as Exchange);
    expectMatchesExample(USERS, expectValue(USERS, outcome), (example as OpenAIUsersPage).data, 'users');
  });

  it('users: walks every page by the last id', async () => {
    const recorder = c.recorder({ reshape: asPage(3) });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(USERS, recorder, outcome);
    const ids = walkedIds(USERS, 3);
    expect(
      expectValue(USERS, outcome).map((u) => u.id),
      `${USERS}: users in page order`,
    ).toEqual(ids);
    const perPage = ids.length / 3;
    expect(cursors(recorder), `${USERS}: cursors sent (last id of the previous page)`).toEqual([
      null,
      ids[perPage - 1],
      ids[2 * perPage - 1],
    ]);
  });

  it('users: walks pages of schema-generated users (Prism dynamic mode)', async () => {
    const reshape = asPage(2);
    const recorder = c.recorder({ prefer: 'dynamic=true', reshape });
    const outcome = await settle(list(recorder).toArray());
    expectValidRequests(USERS, recorder, outcome);
    for (const exchange of recorder.exchanges) expectBodyMatchesSchema(c, exchange);
    // Generated pages have random lengths: a first page shorter than the next looks like a listing
    // that changed while it was paged, and toArray() reads it again from the start (no cursor).
    // What the last reading served is what it returns.
    const start = recorder.exchanges.findLastIndex((e) => e.url.searchParams.get('after') === null);
    const served = recorder.exchanges
      .slice(start)
      .flatMap((e, k) => reshape(JSON.parse(e.body), e, start + k).data.map((u) => u.id));
    expect(
      expectValue(USERS, outcome).map((u) => u.id),
      `${USERS}: every generated user of the last reading is returned, in order`,
    ).toEqual(served);
  });

  it.each(errorCases(c, USERS, 'users', ERRORS))('%s', async (_title, errorCase) => {
    const recorder = c.recorder({ prefer: errorCase.prefer });
    expectTypedError(c, USERS, recorder, await settle(list(recorder).toArray()), errorCase);
  });
});
