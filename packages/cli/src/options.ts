import {
  ConfigurationError,
  checkNumericOption,
  NUMERIC_OPTIONS,
  type NumericOption,
  VENDOR_DEFINITIONS,
} from '@orgdir/client';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { baseUrlKey } from './context.js';
import { FORMATS } from './format/index.js';

/**
 * A numeric flag for one of the client's numeric options: its help states the client's range and
 * default, and its value goes through the client's own check (a refusal is a usage error, exit 2).
 */
function numberOption(flags: string, option: NumericOption, description: string): Option {
  const { min, max, default: fallback } = NUMERIC_OPTIONS[option];
  const flag = flags.split(' ')[0] ?? flags;
  return new Option(flags, `${description} (${min}..${max}, default ${fallback})`).argParser((value: string) => {
    // Number('') is 0 and Number('lots') is NaN: pass what cannot be read as a number on as text,
    // so the message shows what was typed.
    const n = Number(value);
    try {
      return checkNumericOption(option, value.trim() === '' || Number.isNaN(n) ? value : n, flag);
    } catch (error) {
      if (error instanceof ConfigurationError) throw new InvalidArgumentError(error.message);
      throw error;
    }
  });
}

/** The option property of every `--base-url-<vendor>` flag. */
export const BASE_URL_KEYS: readonly string[] = VENDOR_DEFINITIONS.map((d) => baseUrlKey(d.id));

/**
 * Adds the options shared by every command that reads a vendor: `--mock`, `--base-url-<vendor>`,
 * `--max-retries`, `--timeout`, `--concurrency`, `--verbose` and `--quiet`.
 */
export function addConnectionOptions(command: Command): Command {
  command.addOption(
    new Option('--mock', 'start Prism mocks of the specs, query them, and stop them at the end').conflicts([
      ...BASE_URL_KEYS,
    ]),
  );
  for (const { id, displayName, defaultBaseUrl } of VENDOR_DEFINITIONS) {
    command.option(`--base-url-${id} <url>`, `${displayName} API base URL (default: ${defaultBaseUrl})`);
  }
  return command
    .addOption(numberOption('--max-retries <n>', 'maxRetries', 'retries after a 429/5xx or network error'))
    .addOption(
      numberOption('--timeout <ms>', 'timeoutMs', 'give up on an attempt after MS milliseconds').env('ORGDIR_TIMEOUT'),
    )
    .addOption(
      numberOption(
        '--concurrency <n>',
        'concurrency',
        'page requests in flight at the start of a listing paged by number; it adapts up to 16 (or N when higher), halving on a 429',
      ).env('ORGDIR_CONCURRENCY'),
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
