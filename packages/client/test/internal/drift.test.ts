import type { OperationValidators, VendorValidators } from '@orgdir/types';
import { validators as flashback } from '@orgdir/types/validators/flashback';
import { validators as openai } from '@orgdir/types/validators/openai';
import { validators as telnyx } from '@orgdir/types/validators/telnyx';
import { describe, expect, it } from 'vitest';
import { dedupe, type Finding, type FindingPolicy, responseFindings } from '../../src/internal/drift.js';
import { REPORT_CSV_HEADER } from '../../src/vendors/telnyx/users.js';

const KEY = 'KEY0123456789abcdefSECRET';
const policy: FindingPolicy = { isSecret: (text) => text.includes(KEY) || (text.length >= 8 && KEY.includes(text)) };

function op(v: VendorValidators, operationId: string): OperationValidators {
  const found = v.operations[operationId];
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

const telnyxUser = {
  id: 'u1',
  record_type: 'organization_sub_user',
  email: 'ada@example.com',
  user_status: 'enabled',
  organization_user_bypasses_sso: false,
  created_at: '2018-02-02T22:25:27.521Z',
  last_sign_in_at: null,
  groups: [{ id: 'g1', name: 'Engineering' }],
};
const telnyxPage = (users: unknown[]) => ({
  data: users,
  meta: { total_pages: 1, total_results: users.length, page_number: 1, page_size: 250 },
});
const openaiUser = {
  object: 'organization.user',
  id: 'user_1',
  name: 'Ada',
  email: 'ada@example.com',
  role: 'owner',
  added_at: 1711471533,
};
const openaiUsers = (users: unknown[]) => ({
  object: 'list',
  data: users,
  first_id: 'a',
  last_id: 'b',
  has_more: false,
});

const findings = (o: OperationValidators, body: unknown, status = 200, mediaType = 'application/json') =>
  responseFindings(o, status, mediaType, body, policy);

describe('responseFindings: one finding per drift, at its path with types, never string values', () => {
  const listUsers = op(telnyx, 'listOrganizationUsers');
  it.each<[string, OperationValidators, unknown, Finding]>([
    [
      'undocumented-property: a field the schema does not list (extra properties are allowed by the schema)',
      listUsers,
      telnyxPage([{ ...telnyxUser, mfa_enabled: true }]),
      { kind: 'undocumented-property', path: '/data/*/mfa_enabled', expected: 'none', actual: 'boolean' },
    ],
    [
      'undocumented-property: deep inside an array of arrays',
      listUsers,
      telnyxPage([{ ...telnyxUser, groups: [{ id: 'g1', name: 'Eng', color: 'red' }] }]),
      { kind: 'undocumented-property', path: '/data/*/groups/*/color', expected: 'none', actual: 'string' },
    ],
    [
      'unknown-enum-value: a new status, shown because it is a vocabulary token',
      listUsers,
      telnyxPage([{ ...telnyxUser, user_status: 'suspended' }]),
      {
        kind: 'unknown-enum-value',
        path: '/data/*/user_status',
        expected: 'enabled|disabled|blocked',
        actual: 'suspended',
      },
    ],
    [
      'unknown-enum-value: a value that is not a token (an email) is shown by its type only',
      listUsers,
      telnyxPage([{ ...telnyxUser, record_type: 'grace@example.com' }]),
      {
        kind: 'unknown-enum-value',
        path: '/data/*/record_type',
        expected: 'organization_owner|organization_sub_user',
        actual: 'string',
      },
    ],
    [
      'unknown-enum-value: a const that changed',
      op(openai, 'listUsers'),
      openaiUsers([{ ...openaiUser, object: 'organization.member' }]),
      {
        kind: 'unknown-enum-value',
        path: '/data/*/object',
        expected: 'organization.user',
        actual: 'organization.member',
      },
    ],
    [
      'unknown-enum-value: a number enum behind anyOf with null (Flashback role codes)',
      op(flashback, 'listOrganizationUsers'),
      { success: true, data: [{ id: 'f1', orgRole: 3 }], total: 1 },
      { kind: 'unknown-enum-value', path: '/data/*/orgRole', expected: '0|1|2|254|255', actual: '3' },
    ],
    [
      'type-mismatch: a number where a string is documented',
      listUsers,
      telnyxPage([{ ...telnyxUser, id: 42 }]),
      { kind: 'type-mismatch', path: '/data/*/id', expected: 'string', actual: 'integer' },
    ],
    [
      'type-mismatch: anyOf whose every branch has another type lists all of them',
      op(flashback, 'listOrganizationUsers'),
      { success: true, data: [{ id: 'f1', orgRole: 'ADMIN' }], total: 1 },
      { kind: 'type-mismatch', path: '/data/*/orgRole', expected: 'integer|null', actual: 'string' },
    ],
    [
      'type-mismatch: a fraction where a unixtime integer is documented (the format finding is implied)',
      op(openai, 'listUsers'),
      openaiUsers([{ ...openaiUser, added_at: 1711471533.5 }]),
      { kind: 'type-mismatch', path: '/data/*/added_at', expected: 'integer', actual: 'number' },
    ],
    [
      'type-mismatch: a type array (string or null) given an object',
      listUsers,
      telnyxPage([{ ...telnyxUser, last_sign_in_at: { at: 1 } }]),
      { kind: 'type-mismatch', path: '/data/*/last_sign_in_at', expected: 'string|null', actual: 'object' },
    ],
    [
      'missing-required: names the documented type of the missing field',
      op(openai, 'listUsers'),
      openaiUsers([{ object: 'organization.user', email: 'a@example.com', added_at: 1 }]),
      { kind: 'missing-required', path: '/data/*/id', expected: 'string', actual: 'missing' },
    ],
    [
      'missing-required: at the top level',
      op(openai, 'listUsers'),
      { object: 'list', data: [], first_id: null, last_id: null },
      { kind: 'missing-required', path: '/has_more', expected: 'boolean', actual: 'missing' },
    ],
    [
      'null-not-allowed: null where the type array has no null',
      listUsers,
      telnyxPage([{ ...telnyxUser, email: null }]),
      { kind: 'null-not-allowed', path: '/data/*/email', expected: 'string', actual: 'null' },
    ],
    [
      'format-mismatch: an email that is not one; the value is never shown',
      listUsers,
      telnyxPage([{ ...telnyxUser, email: 'not an email' }]),
      { kind: 'format-mismatch', path: '/data/*/email', expected: 'email', actual: 'string' },
    ],
    [
      'format-mismatch: a date-time that is not one',
      op(flashback, 'listOrganizationUsers'),
      { success: true, data: [{ id: 'f1', deletedAt: 'yesterday' }], total: 1 },
      { kind: 'format-mismatch', path: '/data/*/deletedAt', expected: 'date-time', actual: 'string' },
    ],
  ])('%s', (_title, operation, body, expected) => {
    expect(findings(operation, body)).toContainEqual(expected);
  });

  it.each<[string, unknown]>([
    ['Telnyx listing', telnyxPage([telnyxUser])],
    ['Telnyx listing, vendor example shape', telnyxPage([{ id: 'u', email: 'a@example.com' }])],
  ])('finds nothing in a documented answer: %s', (_title, body) => {
    expect(findings(listUsers, body)).toEqual([]);
  });

  it('finds nothing in documented Flashback and OpenAI answers', () => {
    expect(findings(op(flashback, 'listOrganizationUsers'), { success: true, data: [], total: 0 })).toEqual([]);
    expect(findings(op(openai, 'listUsers'), openaiUsers([openaiUser]))).toEqual([]);
  });

  it('reports an undocumented status with the documented ones', () => {
    expect(findings(listUsers, { errors: [] }, 418)).toEqual([
      { kind: 'undocumented-status', path: '', expected: '200|400|401|403', actual: '418' },
    ]);
  });

  it('reports an undocumented media type with the documented ones', () => {
    expect(findings(op(telnyx, 'getOrganizationUsersGroupsReport'), '<html>', 200, 'text/html')).toEqual([
      { kind: 'undocumented-media-type', path: '', expected: 'application/json|text/csv', actual: 'text/html' },
    ]);
  });

  it('checks error answers against their documented schema too', () => {
    expect(findings(listUsers, { errors: [{ code: 10009, title: 'x' }] }, 401)).toEqual([
      { kind: 'type-mismatch', path: '/errors/*/code', expected: 'string', actual: 'integer' },
    ]);
  });
});

describe('responseFindings: CSV report columns', () => {
  const report = op(telnyx, 'getOrganizationUsersGroupsReport');
  const csv = (header: string) => `${header}\nu1,a@example.com,enabled,2018-01-01T00:00:00Z,,\n`;

  it('generates the columns the client parses (REPORT_CSV_HEADER)', () => {
    expect(report.responses['200']?.['text/csv']?.columns).toEqual([...REPORT_CSV_HEADER]);
  });

  it.each<[string, string, Finding[]]>([
    ['the documented header', REPORT_CSV_HEADER.join(','), []],
    [
      'a new column',
      `${REPORT_CSV_HEADER.join(',')},mfa`,
      [{ kind: 'undocumented-property', path: '/*/mfa', expected: 'none', actual: 'column' }],
    ],
    [
      'a missing column',
      'id,email,user_status,created_at,groups',
      [{ kind: 'missing-required', path: '/*/last_sign_in_at', expected: 'column', actual: 'missing' }],
    ],
    [
      'two columns swapped',
      'email,id,user_status,created_at,last_sign_in_at,groups',
      [
        { kind: 'type-mismatch', path: '/*/id', expected: 'column 1', actual: 'column 2' },
        { kind: 'type-mismatch', path: '/*/email', expected: 'column 2', actual: 'column 1' },
      ],
    ],
  ])('%s', (_title, header, expected) => {
    expect(findings(report, csv(header), 200, 'text/csv')).toEqual(expected);
  });
});

describe('responseFindings: the API key never appears', () => {
  const listUsers = op(telnyx, 'listOrganizationUsers');
  it.each<[string, unknown]>([
    ['as an unknown enum value', telnyxPage([{ ...telnyxUser, user_status: KEY }])],
    ['as a piece of it in an enum value', telnyxPage([{ ...telnyxUser, user_status: KEY.slice(3, 15) }])],
    ['as an undocumented property name', telnyxPage([{ ...telnyxUser, [KEY]: 1 }])],
    ['as a missing required name inside a value', telnyxPage([{ ...telnyxUser, email: KEY }])],
  ])('%s', (_title, body) => {
    const found = findings(listUsers, body);
    expect(found.length).toBeGreaterThan(0);
    expect(JSON.stringify(found)).not.toContain(KEY.slice(3, 15));
  });

  it('shows a CSV column named like the key as [redacted]', () => {
    const found = findings(
      op(telnyx, 'getOrganizationUsersGroupsReport'),
      `${REPORT_CSV_HEADER.join(',')},${KEY}\n`,
      200,
      'text/csv',
    );
    expect(found).toEqual([
      { kind: 'undocumented-property', path: '/*/[redacted]', expected: 'none', actual: 'column' },
    ]);
  });
});

describe('dedupe', () => {
  it('counts the same drift of every item of a page as one finding', () => {
    const users = Array.from({ length: 250 }, (_, i) => ({
      ...telnyxUser,
      id: `u${i}`,
      user_status: i < 3 ? 'gone' : 'suspended',
      x: 1,
    }));
    const found = dedupe(findings(op(telnyx, 'listOrganizationUsers'), telnyxPage(users)));
    expect(found).toEqual([
      {
        kind: 'unknown-enum-value',
        path: '/data/*/user_status',
        expected: 'enabled|disabled|blocked',
        actual: 'gone',
        count: 3,
      },
      {
        kind: 'unknown-enum-value',
        path: '/data/*/user_status',
        expected: 'enabled|disabled|blocked',
        actual: 'suspended',
        count: 247,
      },
      { kind: 'undocumented-property', path: '/data/*/x', expected: 'none', actual: 'integer', count: 250 },
    ]);
  });
});

describe('findings of a value of the wrong type', () => {
  it('is one type finding, without the enum or format findings the wrong type implies', () => {
    const found = findings(op(flashback, 'listOrganizationUsers'), {
      success: true,
      data: [{ id: 'f1', orgRole: 'ADMIN' }],
      total: 1,
    });
    expect(found).toEqual([
      { kind: 'type-mismatch', path: '/data/*/orgRole', expected: 'integer|null', actual: 'string' },
    ]);
  });
});
