import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataset, openaiGroupUser, seededTelnyxUser, telnyxUser } from '../src/seeded.js';
import type { FakeUser } from '../src/types.js';
import { REPORT_COLUMNS, reportCsv } from '../src/vendors/telnyx.js';

/** Seeded Telnyx records, as the store holds them. */
const held = (users: ReturnType<typeof telnyxUser>[]): FakeUser[] =>
  users.map((u) => ({ ...seededTelnyxUser(7, 0), id: u.id, records: { telnyx: u } }));
const telnyxReportCsv = (users: ReturnType<typeof telnyxUser>[]) => reportCsv(held(users));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('telnyxUser', () => {
  it('is a pure function of (seed, index)', () => {
    expect(telnyxUser(7, 42)).toEqual(telnyxUser(7, 42));
    expect(telnyxUser(7, 42)).not.toEqual(telnyxUser(8, 42));
  });

  it('looks like a real organisation user', () => {
    const users = dataset(500, 7, telnyxUser);
    expect(users[0]?.record_type).toBe('organization_owner');
    expect(new Set(users.map((u) => u.id)).size).toBe(500);
    for (const u of users) {
      expect(u.id).toMatch(UUID);
      expect(u.email).toMatch(/^[a-z-]+\.[a-z-]+\.\d+@[a-z.]+$/);
      expect(Date.parse(u.created_at)).not.toBeNaN();
      if (u.last_sign_in_at !== null) expect(u.last_sign_in_at >= u.created_at).toBe(true);
    }
    expect(users.some((u) => u.last_sign_in_at === null)).toBe(true);
    expect(users.some((u) => u.groups.length === 0)).toBe(true);
    expect(users.some((u) => u.groups.some((g) => g.name.includes('"')))).toBe(true);
  });
});

describe('openaiGroupUser', () => {
  it('has unique user_ ids and one owner', () => {
    const users = dataset(500, 11, openaiGroupUser);
    expect(new Set(users.map((u) => u.id)).size).toBe(500);
    expect(users.filter((u) => u.role === 'owner')).toHaveLength(1);
    expect(users[1]?.id).toMatch(/^user_[0-9A-Za-z]{24}$/);
  });
});

describe('reportCsv of seeded users', () => {
  it('round-trips through a strict CSV parser, quotes included', () => {
    const users = dataset(300, 7, telnyxUser);
    const records = parse(telnyxReportCsv(users), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(records[0] ?? {})).toEqual([...REPORT_COLUMNS]);
    expect(records.map((r) => r.groups)).toEqual(users.map((u) => u.groups.map((g) => g.name).join(', ')));
    expect(records.map((r) => r.last_sign_in_at)).toEqual(users.map((u) => u.last_sign_in_at ?? ''));
  });

  it('quotes the groups field and doubles embedded quotes', () => {
    const user = {
      ...telnyxUser(7, 1),
      groups: [
        { id: 'g1', name: 'Support "Tier 2"' },
        { id: 'g2', name: 'Sales' },
      ],
    };
    expect(telnyxReportCsv([user]).split(/\r?\n/)[1]).toMatch(/,"Support ""Tier 2"", Sales"$/);
  });
});
