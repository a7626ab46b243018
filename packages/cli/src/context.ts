import type { Vendor } from '@orgdir/client';

/** A writable text stream, as much of one as the commands use. */
export interface TextStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** What every command reads and writes: injected so commands never touch globals directly. */
export interface Context {
  stdout: TextStream;
  stderr: TextStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal;
  /** Set by the command that ran. */
  exitCode: number;
  /** Values never to print (the API keys in use); every stderr line is redacted with them. */
  secrets: Set<string>;
  /** The clock (snapshot times, review ages); the system clock when absent, injected by tests. */
  now?: () => Date;
}

/** The current time by the context's clock. */
export function now(ctx: Pick<Context, 'now'>): Date {
  return ctx.now ? ctx.now() : new Date();
}

/** Options every vendor-reading command accepts; `--base-url-<vendor>` flags are keyed by {@link baseUrlKey}. */
export interface ConnectionOptions extends Partial<Record<BaseUrlKey, string>> {
  mock?: boolean;
  quiet?: boolean;
  maxRetries?: number;
  /** `--timeout`: milliseconds per attempt. */
  timeout?: number;
  /** `--concurrency`: page requests in flight (listings paged by number). */
  concurrency?: number;
  /** `--verbose`: the client's request log on stderr. */
  verbose?: boolean;
}

/** The property commander gives a `--base-url-<vendor>` flag (`--base-url-acme-hr` → `baseUrlAcmeHr`). */
export type BaseUrlKey = `baseUrl${Capitalize<Vendor>}`;

/** The property of a vendor's `--base-url-<vendor>` flag in the parsed options. */
export function baseUrlKey(vendor: Vendor): BaseUrlKey {
  const words = vendor.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `baseUrl${words.join('')}` as BaseUrlKey;
}

/** The `--base-url-<vendor>` value for a vendor. */
export function baseUrlOption(options: ConnectionOptions, vendor: Vendor): string | undefined {
  return options[baseUrlKey(vendor)];
}
