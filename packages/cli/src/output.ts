import type { Context } from './context.js';
import { notice } from './notice.js';
import { isStdout, writeOutput } from './output-target.js';
import { forStream } from './terminal.js';

/**
 * Writes a command's result to `file` (see writeOutput), or to stdout when no file is given or it is
 * `-`. On a terminal, control characters in the text are escaped so vendor data cannot drive it.
 */
export async function emit(
  ctx: Context,
  text: string,
  options: { file?: string | undefined; quiet?: boolean | undefined; what: string },
): Promise<void> {
  if (!options.file || isStdout(options.file)) {
    ctx.stdout.write(forStream(ctx.stdout, text));
    return;
  }
  await writeOutput(options.file, text);
  if (!options.quiet) notice(ctx, `wrote ${options.what} to ${options.file}`);
}
