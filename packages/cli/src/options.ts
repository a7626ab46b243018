import { DEFAULT_BASE_URLS } from '@orgdir/client';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS } from './format/index.js';

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new InvalidArgumentError('expected an integer from 0 to 10');
  return n;
}

/** A commander parser for an integer from `min` to `max` (a usage error, exit 2, otherwise). */
function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    }
    return n;
  };
}

/** Longest `--timeout`: one hour per attempt. */
export const MAX_TIMEOUT_MS = 3_600_000;
/** Most `--concurrency`: page requests in flight per vendor. */
export const MAX_CONCURRENCY = 32;

/**
 * Adds the options shared by every command that reads a vendor: `--mock`, `--base-url-<vendor>`,
 * `--max-retries`, `--timeout`, `--concurrency`, `--verbose` and `--quiet`.
 */
export function addConnectionOptions(command: Command): Command {
  const baseUrls = ['baseUrlTelnyx', 'baseUrlFlashback', 'baseUrlOpenai'];
  return command
    .addOption(
      new Option('--mock', 'start Prism mocks of the specs, query them, and stop them at the end').conflicts(baseUrls),
    )
    .option('--base-url-telnyx <url>', `Telnyx API base URL (default: ${DEFAULT_BASE_URLS.telnyx})`)
    .option('--base-url-flashback <url>', `Flashback API base URL (default: ${DEFAULT_BASE_URLS.flashback})`)
    .option('--base-url-openai <url>', `OpenAI API base URL (default: ${DEFAULT_BASE_URLS.openai})`)
    .addOption(new Option('--max-retries <n>', 'retries after a 429/5xx or network error').argParser(parseCount))
    .addOption(
      new Option('--timeout <ms>', 'give up on an attempt after MS milliseconds (default: 60000)')
        .env('ORGDIR_TIMEOUT')
        .argParser(integerIn(1, MAX_TIMEOUT_MS)),
    )
    .addOption(
      new Option('--concurrency <n>', 'Telnyx page requests in flight at once (default: 4)')
        .env('ORGDIR_CONCURRENCY')
        .argParser(integerIn(1, MAX_CONCURRENCY)),
    )
    .addOption(
      new Option('--verbose', 'log each request (method, URL without query, status) to stderr').env('ORGDIR_VERBOSE'),
    )
    .option('-q, --quiet', 'no progress line or informational notices on stderr (warnings and errors still print)');
}

/** `--format` for the directory and users commands. */
export function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format (when not given: from the --output extension)')
    .choices(FORMATS)
    .default('table');
}

/** `--output FILE`, written atomically. */
export function outputOption(): Option {
  return new Option(
    '-o, --output <file>',
    'write to FILE instead of stdout (atomically; a new file is 0600; "-" is stdout)',
  );
}

/** `--raw`, keep the vendor's record in JSON output. */
export function rawOption(): Option {
  return new Option('--raw', "include each user's vendor record as `raw` (json and ndjson only)");
}
