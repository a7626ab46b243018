import {
  AuthenticationError,
  BadRequestError,
  createTelnyxClient,
  NotFoundError,
  PermissionDeniedError,
  type TelnyxUsersListParams,
  type TelnyxUsersPage,
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

const c = await contract('telnyx');
const LIST = 'listOrganizationUsers';
const REPORT = 'getOrganizationUsersGroupsReport';

function telnyx(recorder: Recorder) {
  return createTelnyxClient(c.clientOptions(recorder));
}

/**
 * Prism answers every page with the spec's one example (a middle page). This numbers it as the page
 * the client asked for, of `total` pages, with the page size asked for (else the items it holds),
 * keeps user ids distinct across pages, and states the `total_results` those pages add up to, as a
 * server would (the client checks that the paging meta agrees with itself and with what it listed).
 */
function asPage(total: number) {
  return (body: unknown, exchange: Exchange): TelnyxUsersPage => {
    const page = body as TelnyxUsersPage;
    const query = exchange.url.searchParams;
    const n = Number(query.get('page[number]') ?? '1');
    const data = (page.data ?? []).map((user) => (n === 1 ? user : { ...user, id: `${user.id}-p${n}` }));
    const size = Number(query.get('page[size]') ?? Math.max(1, data.length));
    const totalResults = (total - 1) * size + data.length;
    return {
      ...page,
      data,
      meta: {
        ...page.meta,
        page_number: n,
        total_pages: Math.ceil(totalResults / size),
        page_size: size,
        total_results: totalResults,
      },
    };
  };
}

async function pagesOf<T, B>(iterable: {
  pages(): AsyncIterable<{ data: T[]; body: B }>;
}): Promise<Array<{ data: T[]; body: B }>> {
  const pages: Array<{ data: T[]; body: B }> = [];
  for await (const page of iterable.pages()) pages.push(page);
  return pages;
}

/** The typed error each documented error status must become. */
const ERRORS = {
  '400': BadRequestError,
  '401': AuthenticationError,
  '403': PermissionDeniedError,
  '404': NotFoundError,
};

/** Telnyx errors also carry their first error's code. */
function expectErrorCode(operationId: string, error: { code?: string | undefined }, example: unknown): void {
  const first = (example as { errors?: Array<{ code?: string }> } | undefined)?.errors?.[0];
  if (first) expect(error.code, `${operationId}: the error code is the first error's code`).toBe(first.code);
}

describe('telnyx spec', () => {
  it('has a contract test for every operation', () => {
    expect(
      c.spec
        .operations()
        .map((op) => op.operationId)
        .sort(),
      'operations of specs/telnyx.yaml',
    ).toEqual([REPORT, LIST].sort());
  });
});

describe(LIST, () => {
  const operation = c.spec.operation(LIST);

  it('list: documents exactly the responses the client handles', () => {
    expect(documentedResponses(operation), `${LIST}: documented responses`).toEqual([
      '200 application/json',
      '400 application/json',
      '401 application/json',
      '403 application/json',
    ]);
  });

  it('list: every documented parameter', async () => {
    const recorder = c.recorder({ reshape: asPage(1) });
    const outcome = await settle(
      telnyx(recorder)
        .users.list({
          filter: { user_status: 'enabled', email: 'user@example.com' },
          includeGroups: true,
          pageSize: 25,
        })
        .toArray(),
    );
    expectValidRequests(LIST, recorder, outcome);
    expectValue(LIST, outcome);
    expect(sentParameters(operation, recorder.exchanges), `${LIST}: parameters sent vs documented`).toEqual(
      documentedParameters(operation),
    );
    expect(Object.fromEntries(recorder.exchanges[0]?.url.searchParams ?? []), `${LIST}: parameter values`).toEqual({
      'page[number]': '1',
      'page[size]': '25',
      'filter[user_status]': 'enabled',
      'filter[email]': 'user@example.com',
      include_groups: 'true',
    });
  });

  // Every status the client's type accepts; the type check below fails when the spec's enum grows.
  const statuses = ['enabled', 'disabled', 'blocked'] as const satisfies ReadonlyArray<UserStatus>;
  type UserStatus = NonNullable<NonNullable<TelnyxUsersListParams['filter']>['user_status']>;
  const everyStatus: [Exclude<UserStatus, (typeof statuses)[number]>] extends [never] ? true : false = true;

  it.each(statuses)('list: filter[user_status]=%s is a documented value', async (status) => {
    expect(everyStatus).toBe(true);
    const recorder = c.recorder({ reshape: asPage(1) });
    const outcome = await settle(
      telnyx(recorder)
        .users.list({ filter: { user_status: status } })
        .toArray(),
    );
    expectValidRequests(LIST, recorder, outcome);
    expectValue(LIST, outcome);
  });

  const examples = exampleCases(c, LIST, 'list', 'the example users, field by field');
  it.each(examples)('%s', async (_title, { prefer, example: value }) => {
    // An example that is a whole listing is served as is; a middle page is presented as the only one.
    const meta = (value as TelnyxUsersPage).meta;
    const whole = meta?.page_number === 1 && meta.total_pages === 1;
    const recorder = c.recorder({ prefer, ...(!whole && { reshape: asPage(1) }) });
    const outcome = await settle(pagesOf(telnyx(recorder).users.list()));
    expectValidRequests(LIST, recorder, outcome);
    const pages = expectValue(LIST, outcome);
    const exchange = recorder.exchanges[0] as Exchange;
    expectBodyMatchesSchema(c, exchange);
    const example = whole ? (value as TelnyxUsersPage) : asPage(1)(value, exchange);
    expect(pages, `${LIST}: one page`).toHaveLength(1);
    expectMatchesExample(LIST, pages[0]?.data, example.data, 'users');
    expectMatchesExample(LIST, pages[0]?.body, example, 'page body');
  });

  it('list: walks every page, in order, with the page numbers the spec defines', async () => {
    const recorder = c.recorder({ reshape: asPage(3) });
    const outcome = await settle(telnyx(recorder).users.list().toArray());
    expectValidRequests(LIST, recorder, outcome);
    const users = expectValue(LIST, outcome);
    const requested = recorder.exchanges.map((e) => e.url.searchParams.get('page[number]')).sort();
    expect(requested, `${LIST}: pages requested`).toEqual(['1', '2', '3']);
    const ids = ((c.spec.example(LIST, '200') as TelnyxUsersPage).data ?? []).map((u) => u.id);
    const expected = [1, 2, 3].flatMap((n) => ids.map((id) => (n === 1 ? id : `${id}-p${n}`)));
    expect(
      users.map((u) => u.id),
      `${LIST}: users in page order`,
    ).toEqual(expected);
  });

  it('list: decodes schema-generated users (Prism dynamic mode)', async () => {
    const recorder = c.recorder({ prefer: 'dynamic=true', reshape: asPage(1) });
    const outcome = await settle(telnyx(recorder).users.list({ includeGroups: true }).toArray());
    expectValidRequests(LIST, recorder, outcome);
    const users = expectValue(LIST, outcome);
    for (const exchange of recorder.exchanges) expectBodyMatchesSchema(c, exchange);
    const served = recorder.exchanges.reduce(
      (n, e) => n + ((JSON.parse(e.body) as TelnyxUsersPage).data?.length ?? 0),
      0,
    );
    expect(users, `${LIST}: every generated user is returned`).toHaveLength(served);
  });

  it.each(errorCases(c, LIST, 'list', ERRORS))('%s', async (_title, errorCase) => {
    const recorder = c.recorder({ prefer: errorCase.prefer });
    const outcome = await settle(telnyx(recorder).users.list().toArray());
    expectErrorCode(LIST, expectTypedError(c, LIST, recorder, outcome, errorCase), errorCase.example);
  });
});

describe(REPORT, () => {
  const operation = c.spec.operation(REPORT);

  it('report: documents exactly the responses the client handles', () => {
    expect(documentedResponses(operation), `${REPORT}: documented responses`).toEqual([
      '200 application/json',
      '200 text/csv',
      '401 application/json',
      '403 application/json',
      '404 application/json',
    ]);
  });

  it.each(['json', 'csv'] as const)('report: every documented parameter (format %s)', async (format) => {
    const recorder = c.recorder();
    const outcome = await settle(telnyx(recorder).users.groupsReport({ format }));
    expectValidRequests(REPORT, recorder, outcome);
    expectValue(REPORT, outcome);
    expect(sentParameters(operation, recorder.exchanges), `${REPORT}: parameters sent vs documented`).toEqual(
      documentedParameters(operation),
    );
    const type = recorder.exchanges[0]?.responseHeaders.get('content-type');
    expect(type, `${REPORT}: format ${format} negotiates its media type`).toMatch(
      format === 'csv' ? /^text\/csv/ : /^application\/json/,
    );
  });

  const examples = exampleCases(c, REPORT, 'report', 'the example rows, field by field');
  it.each(examples)('%s', async (_title, { prefer, example }) => {
    const recorder = c.recorder({ prefer });
    const outcome = await settle(telnyx(recorder).users.groupsReport({ format: 'json' }));
    expectValidRequests(REPORT, recorder, outcome);
    expectBodyMatchesSchema(c, recorder.exchanges[0] as Exchange);
    expectMatchesExample(REPORT, expectValue(REPORT, outcome), (example as { data: unknown[] }).data, 'rows');
  });

  it('report: 200 text/csv → the same rows as the JSON report', async () => {
    const csvRecorder = c.recorder({ prefer: 'code=200' });
    const jsonRecorder = c.recorder({ prefer: 'code=200' });
    const [csv, json] = await Promise.all([
      settle(telnyx(csvRecorder).users.groupsReport({ format: 'csv' })),
      settle(telnyx(jsonRecorder).users.groupsReport({ format: 'json' })),
    ]);
    expectValidRequests(REPORT, csvRecorder, csv);
    expectValidRequests(REPORT, jsonRecorder, json);
    expectBodyMatchesSchema(c, csvRecorder.exchanges[0] as Exchange);
    // The CSV carries neither group ids nor the two JSON-only columns: compare what both formats hold.
    const comparable = expectValue(REPORT, json).map(
      ({ record_type: _r, organization_user_bypasses_sso: _b, groups, ...row }) => ({
        ...row,
        groups: groups.map(({ name }) => ({ name })),
      }),
    );
    const rows = expectValue(REPORT, csv);
    expect(rows, `${REPORT}: the CSV report has as many rows as the JSON one`).toHaveLength(comparable.length);
    expectMatchesExample(REPORT, rows, comparable, 'CSV rows (against the JSON rows)');
    expect(
      rows.flatMap((row) => Object.keys(row).filter((key) => !(key in (comparable[0] ?? {})))),
      `${REPORT}: CSV rows have no field the JSON rows lack`,
    ).toEqual([]);
  });

  it.each(errorCases(c, REPORT, 'report', ERRORS))('%s', async (_title, errorCase) => {
    const recorder = c.recorder({ prefer: errorCase.prefer });
    const outcome = await settle(telnyx(recorder).users.groupsReport({ format: 'json' }));
    expectErrorCode(REPORT, expectTypedError(c, REPORT, recorder, outcome, errorCase), errorCase.example);
  });
});
