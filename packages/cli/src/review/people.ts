import type { DirectoryUser, Vendor } from '@orgdir/client';
import { VENDORS } from '../vendors.js';
import type { Person } from './types.js';

/** An email as people are matched by it: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Groups accounts into people by normalized email, people sorted by email, accounts in vendor order. */
export function groupPeople(users: readonly DirectoryUser[]): Person[] {
  const byEmail = new Map<string, DirectoryUser[]>();
  for (const user of users) {
    const email = normalizeEmail(user.email);
    const accounts = byEmail.get(email);
    if (accounts) accounts.push(user);
    else byEmail.set(email, [user]);
  }
  return [...byEmail]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([email, accounts]) => ({
      email,
      accounts: accounts.sort((a, b) => VENDORS.indexOf(a.vendor) - VENDORS.indexOf(b.vendor)),
    }));
}

/** The distinct vendors of some accounts, in vendor order. */
export function vendorsOf(accounts: readonly DirectoryUser[]): Vendor[] {
  return VENDORS.filter((v) => accounts.some((a) => a.vendor === v));
}
