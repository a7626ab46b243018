import {
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  type DriftEvent,
  REPORT_CSV_HEADER,
  type Vendor,
} from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { contract, validateBody } from '../src/contract.js';

const vendors: Vendor[] = ['telnyx', 'flashback', 'openai'];

describe.each(vendors)('%s: generated validators', (vendor) => {
  it('cover every documented response of every operation, each status and media type, and nothing else', async () => {
    const c = await contract(vendor);
    const documented = c.spec
      .operations()
      .flatMap((op) =>
        op.responses.flatMap((r) =>
          r.mediaTypes.map(
            (m) =>
              `${op.operationId} ${r.status} ${m.mediaType.toLowerCase()} ${/^text\/csv/.test(m.mediaType) ? 'columns' : 'validate'}`,
          ),
        ),
      );
    const generated = Object.entries(c.bodies.operations).flatMap(([operationId, op]) =>
      Object.entries(op.responses).flatMap(([status, media]) =>
        Object.entries(media).map(
          ([type, v]) =>
            `${operationId} ${status} ${type} ${v.columns ? 'columns' : v.validate ? 'validate' : 'nothing'}`,
        ),
      ),
    );
    expect(generated.sort()).toEqual(documented.sort());
    expect(
      Object.values(c.bodies.operations)
        .map((op) => `${op.method} ${op.path}`)
        .sort(),
    ).toEqual(
      c.spec
        .operations()
        .map((op) => `${op.method} ${op.path}`)
        .sort(),
    );
  });

  it('accept every documented example of every JSON response', async () => {
    const c = await contract(vendor);
    let checked = 0;
    for (const op of c.spec.operations()) {
      for (const r of op.responses) {
        for (const m of r.mediaTypes.filter((media) => /json/.test(media.mediaType))) {
          for (const example of m.examples) {
            checked++;
            expect(
              validateBody(c, op.operationId, r.status, m.mediaType, example.value),
              `${op.operationId} ${r.status} ${m.mediaType} example ${example.name ?? '(single)'}`,
            ).toEqual([]);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('reject a body of the wrong shape (they are not permissive)', async () => {
    const c = await contract(vendor);
    const op = c.spec.operations()[0];
    if (!op) throw new Error('no operation');
    expect(validateBody(c, op.operationId, '200', 'application/json', { data: 'not a list' })).not.toEqual([]);
  });
});

describe('telnyx: the CSV report columns', () => {
  it('are the header of the documented CSV, and what the client parses (REPORT_CSV_HEADER)', async () => {
    const c = await contract('telnyx');
    const example = c.spec.example('getOrganizationUsersGroupsReport', '200', 'text/csv') as string;
    const columns = c.bodies.operations.getOrganizationUsersGroupsReport?.responses['200']?.['text/csv']?.columns;
    expect(columns).toEqual(example.split('\n')[0]?.split(','));
    expect(columns).toEqual([...REPORT_CSV_HEADER]);
  });
});

describe("validate: 'strict' against the mocks of the specs", () => {
  /** Client options for a mock with strict validation, collecting drift events. */
  async function strict(vendor: Vendor) {
    const c = await contract(vendor);
    const recorder = c.recorder();
    const events: DriftEvent[] = [];
    return {
      events,
      options: {
        ...c.clientOptions(recorder),
        validate: 'strict' as const,
        onDrift: (e: DriftEvent) => void events.push(e),
      },
    };
  }

  /** The first page of a listing. */
  async function firstPage(iterable: { pages(): AsyncIterable<unknown> }): Promise<unknown> {
    for await (const page of iterable.pages()) return page;
    return undefined;
  }

  it('telnyx: the listing and the report as JSON and CSV report no drift', async () => {
    const { events, options } = await strict('telnyx');
    const client = createTelnyxClient(options);
    await firstPage(client.users.list({ includeGroups: true }));
    await client.users.groupsReport({ format: 'json' });
    await client.users.groupsReport({ format: 'csv' });
    expect(events).toEqual([]);
  });

  it('flashback: the users report no drift', async () => {
    const { events, options } = await strict('flashback');
    await createFlashbackClient(options).organization.users.list();
    expect(events).toEqual([]);
  });

  it("openai: the groups, the users and a group's users report no drift", async () => {
    const { events, options } = await strict('openai');
    const client = createOpenAIClient(options);
    await firstPage(client.groups.list());
    await firstPage(client.users.list());
    await firstPage(client.groups.users.list('group_abc'));
    expect(events).toEqual([]);
  });
});
