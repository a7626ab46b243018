import { Command } from 'commander';
import type { Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { exitOnInterruptWith, interruptSignal } from '../lifecycle.js';
import { startMockSession } from '../mock-session.js';
import { notice } from '../notice.js';
import { KEY_ENV, VENDORS } from '../vendors.js';

/** The width of the vendor column of the example in the help. */
const width = Math.max(...VENDORS.map((v) => v.length));

/** Options of `orgdir mock`. */
export interface MockOptions {
  dynamic?: boolean;
}

/** Resolves when `signal` aborts. */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `orgdir mock`: starts a Prism mock per spec, prints `<vendor> <base URL>` lines on stdout, and
 * runs until SIGINT/SIGTERM, then stops every mock and exits 0.
 */
export async function runMock(ctx: Context, options: MockOptions): Promise<number> {
  exitOnInterruptWith(ExitCode.ok);
  const session = await startMockSession({ dynamic: options.dynamic ?? false });
  try {
    const width = session.mocks.reduce((w, m) => Math.max(w, m.vendor.length), 0);
    for (const mock of session.mocks) ctx.stdout.write(`${mock.vendor.padEnd(width)}  ${mock.baseUrl}\n`);
    const first = session.mocks[0];
    const hint = first
      ? ` Try: ${KEY_ENV[first.vendor]}=mock orgdir users ${first.vendor} --base-url-${first.vendor} ${first.baseUrl}`
      : '';
    notice(ctx, `mocks running; press Ctrl-C to stop.${hint}`);
    await untilAborted(interruptSignal);
  } finally {
    await session.stop();
  }
  return ExitCode.ok;
}

/** Builds the `mock` command. */
export function mockCommand(ctx: Context): Command {
  return new Command('mock')
    .description('Run Prism mocks of every vendor spec until Ctrl-C; print their base URLs')
    .option(
      '--dynamic',
      'generate response bodies from the schemas instead of the spec examples (not for the orgdir commands: see below)',
    )
    .addHelpText(
      'after',
      `
Each mock listens on a free loopback port. Point a command at one with
--base-url-<vendor> and any non-empty key, or use --mock on a command to
start and stop the mocks around that one run. Exits 0 on Ctrl-C or SIGTERM.

--dynamic answers every request with random data drawn from the schemas: each
page's meta (page_number, total_pages) is random too, so it contradicts the
page asked for and orgdir's pager rightly stops with a pagination error. Use it
to look at shapes (curl, your own client), not to run orgdir commands against.

Example:
  $ orgdir mock
${VENDORS.map((vendor, i) => `  ${vendor.padEnd(width)}  http://127.0.0.1:${40123 + 2 * i}`).join('\n')}`,
    )
    .action(async (options: MockOptions) => {
      ctx.exitCode = await runMock(ctx, options);
    });
}
