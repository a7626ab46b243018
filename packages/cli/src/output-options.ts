import { extname } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from './errors.js';
import { isStdout } from './output-target.js';

/**
 * The format an `--output` file's extension implies, when `--format` is not given. A table, so a
 * new format is one line; an extension whose format a command lacks is a usage error there.
 */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** Formats that hold no vendor record, so `--raw` has nothing to add to them. */
const FORMATS_WITHOUT_RAW = new Set(['csv', 'table']);

/** The format implied by `file`'s extension (case-insensitive), if any. */
export function formatForFile(file: string): string | undefined {
  return FORMAT_BY_EXTENSION[extname(file).toLowerCase()];
}

/**
 * Settles a command's output options before it runs: `--output -` (or `/dev/stdout`) means stdout; without
 * `--format`, the format follows the `--output` extension; `--raw` with a format that cannot carry
 * it is a usage error (exit 2) rather than silently ignored.
 */
export function settleOutputOptions(command: Command): Command {
  return command.hook('preAction', (cmd) => {
    const opts = cmd.opts<{ output?: string; format?: string; raw?: boolean }>();
    if (opts.output !== undefined && isStdout(opts.output)) cmd.setOptionValueWithSource('output', undefined, 'cli');
    const given = cmd.getOptionValueSource('format');
    if (opts.output && !isStdout(opts.output) && (given === 'default' || given === undefined)) {
      const inferred = formatForFile(opts.output);
      const choices = cmd.options.find((o) => o.attributeName() === 'format')?.argChoices;
      if (inferred && choices) {
        if (!choices.includes(inferred)) {
          throw new UsageError(
            `${cmd.name()} cannot write ${inferred} (implied by ${opts.output}); pass --format ${choices.join('|')}`,
          );
        }
        cmd.setOptionValueWithSource('format', inferred, 'implied');
      }
    }
    const format = cmd.opts<{ format?: string }>().format;
    if (opts.raw && format && FORMATS_WITHOUT_RAW.has(format)) {
      throw new UsageError(`--raw applies to json and ndjson only, not ${format}`);
    }
  });
}
