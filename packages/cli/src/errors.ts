import { ConfigurationError } from '@orgdir/client';

/** Exit codes of the `orgdir` binary. */
export const ExitCode = {
  ok: 0,
  /** An API, network or data error (a vendor failed). */
  failure: 1,
  /** The command line was wrong (unknown option, vendor or format; missing key or argument). */
  usage: 2,
  /** The output file could not be written (`--output`). */
  output: 4,
} as const;

/** A mistake in how orgdir was invoked; exits with {@link ExitCode.usage}. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--output` could not be written; the message names the path as given, never a temp file. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/**
 * One line describing an error for stderr: vendor, HTTP status and message, e.g.
 * `acme: 401 Authentication failed`. Multi-line messages are folded onto one line; `fallbackVendor`
 * names the vendor when the error does not (a connection error).
 */
export function describeError(error: unknown, fallbackVendor?: string): string {
  if (!(error instanceof Error)) return fallbackVendor ? `${fallbackVendor}: ${String(error)}` : String(error);
  const fields = error as Error & { vendor?: unknown; status?: unknown; requestId?: unknown };
  const vendor = typeof fields.vendor === 'string' ? fields.vendor : fallbackVendor;
  const status = typeof fields.status === 'number' ? String(fields.status) : undefined;
  let message = error.message.replace(/\s*\n\s*/g, ' ').trim() || error.name;
  // The client may already lead with "vendor", "vendor status" or "status": say each once, in one order.
  if (vendor && message.startsWith(vendor)) message = message.slice(vendor.length).replace(/^:?\s*/, '');
  if (status && message.startsWith(status)) message = message.slice(status.length).replace(/^:?\s*/, '');
  if (status) message = `${status} ${message}`;
  if (vendor) message = `${vendor}: ${message}`;
  const { requestId } = fields;
  if (typeof requestId === 'string' && requestId && !message.includes(requestId))
    message += ` (request id ${requestId})`;
  return message;
}

/**
 * The exit code for an error that ended a command. The client's configuration errors (bad base URL,
 * missing key) are usage problems too.
 */
export function exitCodeFor(error: unknown): number {
  if (error instanceof OutputError) return ExitCode.output;
  return error instanceof UsageError || error instanceof ConfigurationError ? ExitCode.usage : ExitCode.failure;
}
