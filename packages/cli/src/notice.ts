import type { Context } from './context.js';
import { redact } from './errors.js';
import { forStream } from './terminal.js';

/** Writes one `orgdir: …` line to stderr, with every secret redacted (control characters escaped on a terminal). */
export function notice(ctx: Pick<Context, 'stderr' | 'secrets'>, message: string): void {
  ctx.stderr.write(`orgdir: ${forStream(ctx.stderr, redact(message, ctx.secrets))}\n`);
}
