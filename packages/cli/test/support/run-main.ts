import { main } from '../../src/main.js';
import type { CliResult } from './run-cli.js';

/** Options of {@link runMain}. */
export interface RunMainOptions {
  /** The whole environment orgdir sees (the test runner's own is never passed). */
  env?: Record<string, string>;
  /** Pretend stderr is a terminal (the progress line is drawn only then). */
  stderrIsTTY?: boolean;
  /** The clock the commands see (the system clock when omitted). */
  now?: Date;
  /** Pretend stdout is a terminal (control characters are then escaped). */
  stdoutIsTTY?: boolean;
}

/**
 * Runs orgdir in this process: `main()` with the given arguments, an injected environment and
 * captured stdout/stderr. The same code path as the binary minus `bin.ts` (signal handlers, EPIPE,
 * `process.exit`), which the child-process tests in `test/e2e/` cover.
 */
export async function runMain(args: readonly string[], options: RunMainOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      isTTY: options.stdoutIsTTY ?? false,
      write: (chunk: string) => {
        stdout += chunk;
        return true;
      },
    },
    stderr: {
      isTTY: options.stderrIsTTY ?? false,
      write: (chunk: string) => {
        stderr += chunk;
        return true;
      },
    },
    env: { ...options.env },
    signal: new AbortController().signal,
    ...(options.now ? { now: () => new Date(options.now as Date) } : {}),
  });
  return { code, signal: null, stdout, stderr };
}
