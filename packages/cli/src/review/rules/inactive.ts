import type { DirectoryUser } from '@orgdir/client';
import { vendorsOf } from '../people.js';
import type { ReviewContext, Rule } from '../types.js';

const DAY_MS = 86_400_000;
/** Accounts already offboarded are not inactive access: they are no access. */
const LIVE: ReadonlySet<DirectoryUser['status']> = new Set(['active', 'unvalidated', 'unknown']);

/** Milliseconds of an ISO 8601 date, or undefined when it is not one. */
function time(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Why the account counts as inactive, or undefined when it does not (or nothing can be said). */
function inactivity(account: DirectoryUser, ctx: ReviewContext): string | undefined {
  if (!LIVE.has(account.status) || !ctx.signals[account.vendor].signInTracked) return undefined;
  const cutoff = ctx.now.getTime() - ctx.settings.inactiveDays * DAY_MS;
  const lastSignIn = time(account.lastSignInAt);
  if (lastSignIn !== undefined) {
    return lastSignIn < cutoff
      ? `last sign-in ${day(lastSignIn)} in ${account.vendor} (${Math.floor((ctx.now.getTime() - lastSignIn) / DAY_MS)} days ago)`
      : undefined;
  }
  if (account.lastSignInAt !== undefined) return undefined; // present but not a date: nothing to judge
  const created = time(account.createdAt);
  return created !== undefined && created < cutoff
    ? `never signed in to ${account.vendor}, created ${day(created)}`
    : undefined;
}

/** No sign-in for longer than `--inactive-days`, or never signed in and created before that. */
export const inactive: Rule = {
  id: 'inactive',
  severity: 'medium',
  summary: 'Last sign-in older than `--inactive-days` (default 90), or never signed in and created before that.',
  check: (ctx) =>
    ctx.people.flatMap((person) => {
      const found = person.accounts.flatMap((a) => {
        const why = inactivity(a, ctx);
        return why ? [{ account: a, why }] : [];
      });
      if (found.length === 0) return [];
      return [
        {
          rule: 'inactive',
          severity: 'medium',
          person: person.email,
          vendors: vendorsOf(found.map((f) => f.account)),
          reason: found.map((f) => f.why).join('; '),
        },
      ];
    }),
};
