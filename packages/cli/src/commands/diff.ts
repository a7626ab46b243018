import { Argument, Command, Option } from 'commander';
import type { Context } from '../context.js';
import { diffSnapshots, hasChanges } from '../diff/diff-snapshots.js';
import { DIFF_FORMATS, type DiffFormat, formatDiff } from '../diff/format-diff.js';
import { ExitCode } from '../errors.js';
import { notice } from '../notice.js';
import { outputOption } from '../options.js';
import { emit } from '../output.js';
import { settleOutputOptions } from '../output-options.js';
import { readSnapshot } from '../snapshot/read-snapshot.js';

/** Options of `orgdir diff`. */
export interface DiffOptions {
  format: DiffFormat;
  output?: string;
  quiet?: boolean;
  failOnIncomplete?: boolean;
}

/**
 * `orgdir diff <old> <new>`: what changed between two snapshots. Exit 0 with no changes, 1 with
 * changes, 2 on a usage or input error, or (with `--fail-on-incomplete`) when a vendor is not comparable.
 */
export async function runDiff(ctx: Context, oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const [before, after] = await Promise.all([readSnapshot(oldFile), readSnapshot(newFile)]);
  const diff = diffSnapshots(before, after);
  for (const v of diff.vendors) {
    if (!v.comparable) notice(ctx, `${v.vendor}: not compared: ${diff.reasons[v.vendor] ?? 'incomplete'}`);
  }
  const changes = hasChanges(diff);
  await emit(ctx, formatDiff(options.format, diff), {
    file: options.output,
    quiet: options.quiet,
    what: changes ? 'the changes' : 'an empty diff',
  });
  if (options.failOnIncomplete && diff.vendors.some((v) => !v.comparable)) return ExitCode.usage;
  return changes ? ExitCode.failure : ExitCode.ok;
}

/** Builds the `diff` command. */
export function diffCommand(ctx: Context): Command {
  const command = new Command('diff')
    .description('Show who was added, removed or changed between two snapshots')
    .addArgument(new Argument('<old>', 'the earlier snapshot file'))
    .addArgument(new Argument('<new>', 'the later snapshot file'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('table'))
    .addOption(outputOption())
    .option('--fail-on-incomplete', 'exit 2 when a vendor cannot be compared (failed or skipped in either)')
    .option('-q, --quiet', 'no informational notices on stderr');
  return settleOutputOptions(command)
    .addHelpText(
      'after',
      `
Users are matched by vendor and id. Changes: added, removed, and per user
status, role, groups (sorted names), name and email. A vendor that failed or
was skipped in either snapshot is "not comparable": none of its users is
reported added or removed.

Exit codes: 0 no changes, 1 changes, 2 usage or input error (a file that is
not a snapshot, an unknown schemaVersion), or a vendor not comparable with
--fail-on-incomplete.

Examples:
  $ orgdir diff 2026-q3.json 2026-q4.json
  $ orgdir diff 2026-q3.json 2026-q4.json --format md > changes.md
  $ orgdir diff old.json new.json --format json --fail-on-incomplete | jq '.vendors[].changed'`,
    )
    .action(async (oldFile: string, newFile: string, options: DiffOptions) => {
      ctx.exitCode = await runDiff(ctx, oldFile, newFile, options);
    });
}
