import type { Context } from './context.js';
import { redact } from './errors.js';

/** Writes one `orgdir: …` line to stderr, with every secret redacted. */
export function notice(ctx: Pick<Context, 'stderr' | 'secrets'>, message: string): void {
  ctx.stderr.write(`orgdir: ${redact(message, ctx.secrets)}\n`);
}
