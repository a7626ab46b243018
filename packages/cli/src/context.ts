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

/** Options every vendor-reading command accepts. */
export interface ConnectionOptions {
  mock?: boolean;
  quiet?: boolean;
  maxRetries?: number;
  /** `--timeout`: milliseconds per attempt. */
  timeout?: number;
  /** `--concurrency`: Telnyx page requests in flight. */
  concurrency?: number;
  /** `--verbose`: the client's request log on stderr. */
  verbose?: boolean;
  baseUrlTelnyx?: string;
  baseUrlFlashback?: string;
  baseUrlOpenai?: string;
}

/** The `--base-url-<vendor>` value for a vendor. */
export function baseUrlOption(options: ConnectionOptions, vendor: Vendor): string | undefined {
  switch (vendor) {
    case 'telnyx':
      return options.baseUrlTelnyx;
    case 'flashback':
      return options.baseUrlFlashback;
    case 'openai':
      return options.baseUrlOpenai;
  }
}
