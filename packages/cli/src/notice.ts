import { redact } from '@orgdir/client';
import type { Context } from './context.js';
import { forStream } from './terminal.js';

/**
 * Writes one `orgdir: …` line to stderr, with every secret redacted by the client's rules (the
 * same placeholder; fragments of 12 characters or more; a short key only as a whole word).
 */
export function notice(ctx: Pick<Context, 'stderr' | 'secrets'>, message: string): void {
  ctx.stderr.write(`orgdir: ${forStream(ctx.stderr, redact(message, ctx.secrets))}\n`);
}
