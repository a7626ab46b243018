import { writeFileAtomic } from './atomic-write.js';
import type { Context } from './context.js';
import { notice } from './notice.js';

/** Writes a command's result to `file` atomically, or to stdout when no file is given. */
export async function emit(
  ctx: Context,
  text: string,
  options: { file?: string | undefined; quiet?: boolean | undefined; what: string },
): Promise<void> {
  if (!options.file) {
    ctx.stdout.write(text);
    return;
  }
  await writeFileAtomic(options.file, text);
  if (!options.quiet) notice(ctx, `wrote ${options.what} to ${options.file}`);
}
