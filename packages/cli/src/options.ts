import { DEFAULT_BASE_URLS } from '@orgdir/client';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS } from './format/index.js';

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new InvalidArgumentError('expected an integer from 0 to 10');
  return n;
}

/**
 * Adds the options shared by every command that reads a vendor: `--mock`, `--base-url-<vendor>`,
 * `--max-retries` and `--quiet`.
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
    .option('-q, --quiet', 'no progress line or informational notices on stderr (warnings and errors still print)');
}

/** `--format` for the directory and users commands. */
export function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table');
}

/** `--output FILE`, written atomically. */
export function outputOption(): Option {
  return new Option('-o, --output <file>', 'write to FILE (atomically: temp file + rename) instead of stdout');
}

/** `--raw`, keep the vendor's record in JSON output. */
export function rawOption(): Option {
  return new Option('--raw', "include each user's vendor record as `raw` (json and ndjson only)");
}
