import { readFileSync } from 'node:fs';
import { redact, VENDOR_DEFINITIONS } from '@orgdir/client';
import { Command, CommanderError } from 'commander';
import { diffCommand } from './commands/diff.js';
import { directoryCommand } from './commands/directory.js';
import { mockCommand } from './commands/mock.js';
import { reportCommand } from './commands/report.js';
import { reviewCommand } from './commands/review.js';
import { snapshotCommand } from './commands/snapshot.js';
import { usersCommand } from './commands/users.js';
import { verifyCommand } from './commands/verify.js';
import type { Context } from './context.js';
import { describeError, ExitCode, exitCodeFor } from './errors.js';
import { interruptExitCodeFor, interruptedBy } from './lifecycle.js';
import { notice } from './notice.js';
import { KEY_ENV } from './vendors.js';

/** Commander codes that end a run successfully (help or version was asked for). */
const SUCCESS_CODES = new Set(['commander.helpDisplayed', 'commander.version']);

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** The `orgdir` program with every command; commander errors are thrown, never `process.exit`. */
export function createProgram(ctx: Context): Command {
  const program = new Command('orgdir')
    .description(
      `One normalized directory of the organization users of ${listed(VENDOR_DEFINITIONS.map((d) => d.displayName))}`,
    )
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(redact(s, ctx.secrets)),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
API keys come from ${listed(Object.values(KEY_ENV))}.
Exit codes: 0 success, 1 API or network error, 2 usage error, 4 output file not written.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured; a proxy's CA goes in NODE_EXTRA_CA_CERTS.

Examples:
  $ orgdir directory --mock          # every vendor, on local Prism mocks
  $ orgdir users ${VENDOR_DEFINITIONS[0]?.id} --status disabled --format csv
  $ orgdir mock                      # keep the mocks running; Ctrl-C stops them
  $ orgdir snapshot -o 2026-q4.json  # then: orgdir diff 2026-q3.json 2026-q4.json
  $ orgdir review --snapshot 2026-q4.json --format html -o review.html
  $ orgdir verify --format json      # live answers checked against the specs`,
    );
  const commands = [
    directoryCommand(ctx),
    usersCommand(ctx),
    reportCommand(ctx),
    mockCommand(ctx),
    snapshotCommand(ctx),
    diffCommand(ctx),
    reviewCommand(ctx),
    verifyCommand(ctx),
  ];
  for (const command of commands) {
    // addCommand does not inherit settings the way .command() does: exitOverride and output too.
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}

/** Runs `orgdir` with `args` (without node and script) and resolves to the exit code. */
export async function main(args: readonly string[], io: Omit<Context, 'exitCode' | 'secrets'>): Promise<number> {
  const ctx: Context = { ...io, exitCode: ExitCode.ok, secrets: new Set() };
  for (const name of Object.values(KEY_ENV)) {
    const key = ctx.env[name]?.trim();
    if (key) ctx.secrets.add(key);
  }
  const program = createProgram(ctx);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    const signal = interruptedBy();
    if (signal) {
      notice(ctx, `interrupted by ${signal}`);
      return interruptExitCodeFor(signal);
    }
    if (error instanceof CommanderError) {
      // Commander has already printed the message (and the help hint).
      // `orgdir help [command]` ends with commander.help and exit code 0; help shown for an error has 1.
      return SUCCESS_CODES.has(error.code) || (error.code === 'commander.help' && error.exitCode === 0)
        ? ExitCode.ok
        : ExitCode.usage;
    }
    notice(ctx, describeError(error));
    return exitCodeFor(error);
  }
}
