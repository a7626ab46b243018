import { createFlashbackClient, InternalServerError, PermissionDeniedError } from '@orgdir/client';
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

const c = await contract('flashback');
const LIST = 'listOrganizationUsers';

function flashback(recorder: Recorder) {
  return createFlashbackClient(c.clientOptions(recorder));
}

/** The typed error each documented error status must become. */
const ERRORS = { '403': PermissionDeniedError, '500': InternalServerError };

/** Role names by code, as the spec's `OrgRole` lists them (`x-enum-varnames`). */
function roleNames(): Map<unknown, string> {
  const role = c.spec.at('/components/schemas/OrgRole') as
    | { enum?: unknown[]; 'x-enum-varnames'?: string[] }
    | undefined;
  return new Map((role?.enum ?? []).map((code, i) => [code, role?.['x-enum-varnames']?.[i] ?? '']));
}

describe('flashback spec', () => {
  it('has a contract test for every operation', () => {
    expect(
      c.spec.operations().map((op) => op.operationId),
      'operations of specs/flashback.yaml',
    ).toEqual([LIST]);
  });
});

describe(LIST, () => {
  const operation = c.spec.operation(LIST);

  it('list: documents exactly the responses the client handles', () => {
    expect(documentedResponses(operation), `${LIST}: documented responses`).toEqual([
      '200 application/json',
      '403 application/json',
      '500 application/json',
    ]);
  });

  it('list: every documented parameter', async () => {
    const recorder = c.recorder();
    const outcome = await settle(flashback(recorder).organization.users.list());
    expectValidRequests(LIST, recorder, outcome);
    expectValue(LIST, outcome);
    expect(sentParameters(operation, recorder.exchanges), `${LIST}: parameters sent vs documented`).toEqual(
      documentedParameters(operation),
    );
  });

  const expectation = 'the example users, field by field, with role names decoded';
  it.each(exampleCases(c, LIST, 'list', expectation))('%s', async (_title, { prefer, example: value }) => {
    const recorder = c.recorder({ prefer });
    const outcome = await settle(flashback(recorder).organization.users.list());
    expectValidRequests(LIST, recorder, outcome);
    const users = expectValue(LIST, outcome);
    expectBodyMatchesSchema(c, recorder.exchanges[0] as Exchange);
    const example = value as { data: Array<{ orgRole?: number | null }> };
    expectMatchesExample(LIST, users, example.data, 'users');
    const names = roleNames();
    expect(
      users.map((u) => u.orgRoleName),
      `${LIST}: orgRoleName is the spec's name of orgRole`,
    ).toEqual(example.data.map((u) => names.get(u.orgRole) ?? null));
  });

  it('list: decodes schema-generated users (Prism dynamic mode)', async () => {
    const recorder = c.recorder({ prefer: 'dynamic=true' });
    const outcome = await settle(flashback(recorder).organization.users.list());
    expectValidRequests(LIST, recorder, outcome);
    const exchange = recorder.exchanges[0] as Exchange;
    expectBodyMatchesSchema(c, exchange);
    const body = JSON.parse(exchange.body) as { success?: boolean; data?: unknown[] };
    // A generated body may say success:false, which the client must refuse; otherwise every user comes back.
    if (body.success === true)
      expect(expectValue(LIST, outcome), `${LIST}: every generated user`).toHaveLength(body.data?.length ?? 0);
    else expect(outcome.ok, `${LIST}: success:false in a 200 must be refused`).toBe(false);
  });

  it('list: every documented role code has a name', () => {
    const names = roleNames();
    expect(
      [...names.values()].filter((name) => name === ''),
      `${LIST}: OrgRole x-enum-varnames`,
    ).toEqual([]);
  });

  it.each(errorCases(c, LIST, 'list', ERRORS))('%s', async (_title, errorCase) => {
    const recorder = c.recorder({ prefer: errorCase.prefer });
    const outcome = await settle(flashback(recorder).organization.users.list());
    expectTypedError(c, LIST, recorder, outcome, errorCase);
  });
});
