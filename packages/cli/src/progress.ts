import type { Vendor } from '@orgdir/client';
import type { TextStream } from './context.js';

/** A progress line that is rewritten in place. */
export interface Progress {
  /** Records how many users a vendor has returned so far and redraws the line. */
  update(vendor: Vendor, users: number): void;
  /** Erases the line (call before printing anything else on the same stream). */
  clear(): void;
}

const ERASE_LINE = '\r\x1b[2K';

/** Renders the progress text, e.g. `fetching users: acme 250, globex 40`. */
export function progressText(counts: ReadonlyMap<Vendor, number>): string {
  return `fetching users: ${[...counts].map(([vendor, n]) => `${vendor} ${n}`).join(', ')}`;
}

/**
 * A progress line on `stream`, drawn only when the stream is a TTY and `quiet` is off; otherwise a
 * no-op, so piped or redirected stderr never receives carriage returns.
 */
export function createProgress(stream: TextStream, options: { quiet?: boolean } = {}): Progress {
  if (!stream.isTTY || options.quiet) return { update() {}, clear() {} };
  const counts = new Map<Vendor, number>();
  let drawn = false;
  return {
    update(vendor, users) {
      counts.set(vendor, users);
      stream.write(`${ERASE_LINE}${progressText(counts)}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write(ERASE_LINE);
      drawn = false;
    },
  };
}
