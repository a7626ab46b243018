import type { DirectoryUser } from '../directory.js';
import { defined, str } from './values.js';

/** Checks the fields every vendor must give; returns the reason when one is missing. */
export function identity(raw: { id?: unknown; email?: unknown }): { id: string; email: string } | string {
  const id = str(raw.id);
  const email = str(raw.email);
  if (!id) return 'missing id';
  if (!email) return 'missing email';
  return { id, email };
}

/** An ISO timestamp from Unix seconds; undefined for anything but a finite number. */
export function unixToIso(seconds: number | undefined): string | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined;
}

/** A DirectoryUser whose optional fields may still be undefined, as the mappers build them. */
type DirectoryUserFields = {
  [K in keyof DirectoryUser]: DirectoryUser[K] | (undefined extends DirectoryUser[K] ? undefined : never);
};

/** Drops undefined optional fields (exactOptionalPropertyTypes) while keeping the literal readable. */
export function user(fields: DirectoryUserFields): DirectoryUser {
  return defined(fields) as DirectoryUser;
}
