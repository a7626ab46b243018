import type { DirectoryUser } from '@orgdir/client';

/** Overrides for {@link user}; `undefined` removes an optional field. */
export type UserOverrides = { [K in keyof DirectoryUser]?: DirectoryUser[K] | undefined };

/** A DirectoryUser with sensible defaults, for formatter tests. */
export function user(overrides: UserOverrides = {}): DirectoryUser {
  const merged: Record<string, unknown> = {
    vendor: 'telnyx',
    id: 'u-1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    status: 'active',
    role: 'member',
    groups: ['Engineering', 'Sales'],
    createdAt: '2024-01-02T03:04:05.000Z',
    lastSignInAt: '2024-02-03T04:05:06.000Z',
    raw: { secretish: 'vendor record' },
    ...overrides,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as unknown as DirectoryUser;
}
