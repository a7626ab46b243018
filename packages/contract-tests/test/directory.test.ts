import {
  collectDirectory,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  type DirectoryUser,
  type TelnyxUsersPage,
} from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { contract } from '../src/contract.js';
import type { Exchange } from '../src/recorder.js';

const [telnyx, flashback, openai] = await Promise.all([contract('telnyx'), contract('flashback'), contract('openai')]);

/** Prism's Telnyx example is a middle page; present it as the only page (see telnyx.test.ts). */
function onlyPage(body: unknown, exchange: Exchange): TelnyxUsersPage {
  const page = body as TelnyxUsersPage;
  const size = Number(exchange.url.searchParams.get('page[size]') ?? Math.max(1, page.data?.length ?? 0));
  return { ...page, meta: { ...page.meta, page_number: 1, total_pages: 1, page_size: size } };
}

type Example = Record<string, unknown>;
const items = (value: unknown) => (value as { data: Example[] }).data;
const unixToIso = (operationId: string, seconds: unknown) => {
  expect(
    typeof seconds,
    `${operationId}: added_at is documented as Unix seconds, which the directory converts to ISO 8601`,
  ).toBe('number');
  return new Date((seconds as number) * 1000).toISOString();
};

/** The directory fields the README's mapping table derives from each vendor's documented fields. */
function expectedUsers(): Record<string, Array<Partial<DirectoryUser>>> {
  const telnyxStatus: Record<string, DirectoryUser['status']> = {
    enabled: 'active',
    disabled: 'disabled',
    blocked: 'blocked',
  };
  const groups = items(openai.spec.example('listGroups', '200'));
  const members = items(openai.spec.example('listGroupUsers', '200'));
  return {
    telnyx: items(telnyx.spec.example('listOrganizationUsers', '200')).map((u) => ({
      id: u.id as string,
      email: u.email as string,
      status: telnyxStatus[u.user_status as string] ?? 'unknown',
      role: u.record_type === 'organization_owner' ? 'owner' : 'member',
      groups: ((u.groups as Example[] | undefined) ?? []).map((g) => g.name as string),
      createdAt: u.created_at as string,
      lastSignInAt: u.last_sign_in_at as string,
    })),
    flashback: items(flashback.spec.example('listOrganizationUsers', '200')).map((u) => ({
      id: u.id as string,
      email: u.email as string,
      name: [u.name, u.lastName].filter(Boolean).join(' '),
      status: u.deletedAt
        ? 'deleted'
        : u.validated === false
          ? 'unvalidated'
          : u.validated === true
            ? 'active'
            : 'unknown',
      groups: [],
    })),
    openai: items(openai.spec.example('listUsers', '200')).map((u) => ({
      id: u.id as string,
      email: u.email as string,
      name: u.name as string,
      status: 'unknown',
      role: u.role as string,
      // Every group's example lists the same users, so membership is every group or none.
      groups: members.some((m) => m.id === u.id) ? groups.map((g) => g.name as string) : [],
      createdAt: unixToIso('listUsers', u.added_at),
    })),
  };
}

describe('collectDirectory', () => {
  it("directory: maps every vendor's example users as the mapping table says", async () => {
    const recorders = {
      telnyx: telnyx.recorder({ reshape: onlyPage }),
      flashback: flashback.recorder(),
      openai: openai.recorder(),
    };
    const directory = await collectDirectory({
      clients: {
        telnyx: createTelnyxClient(telnyx.clientOptions(recorders.telnyx)),
        flashback: createFlashbackClient(flashback.clientOptions(recorders.flashback)),
        openai: createOpenAIClient(openai.clientOptions(recorders.openai)),
      },
    });
    for (const [vendor, recorder] of Object.entries(recorders)) {
      expect(recorder.violations(), `${vendor}: requests made by collectDirectory`).toEqual([]);
    }
    for (const result of directory.vendors) {
      expect(
        { status: result.status, error: result.error?.message, unmapped: result.unmapped },
        `${result.vendor}: collection`,
      ).toEqual({
        status: 'ok',
        error: undefined,
        unmapped: [],
      });
    }
    const expected = expectedUsers();
    for (const vendor of ['telnyx', 'flashback', 'openai'] as const) {
      const users = directory.users.filter((u) => u.vendor === vendor);
      const operation = vendor === 'openai' ? 'listUsers' : 'listOrganizationUsers';
      expect(
        users.map(({ raw: _raw, vendor: _vendor, ...fields }) => fields),
        `${operation} (${vendor}): directory users vs the spec's example`,
      ).toEqual(expected[vendor]?.map((u) => expect.objectContaining(u)));
    }
  });
});
