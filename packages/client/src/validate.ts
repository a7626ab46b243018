import { ConfigurationError, type DriftEvent } from './errors.js';

/**
 * How a client checks answers against the vendor's spec: `'off'` (default) checks nothing;
 * `'report'` returns the data unchanged and calls `onDrift` once per distinct difference;
 * `'strict'` also calls `onDrift`, then throws `DriftError` for a 2xx answer that differs.
 */
export type ValidateMode = 'off' | 'report' | 'strict';

/** Receives one event per distinct difference of an answer (see {@link DriftEvent}). */
export type OnDrift = (event: DriftEvent) => void;

/** Every accepted value of the `validate` option. */
export const VALIDATE_MODES: readonly ValidateMode[] = ['off', 'report', 'strict'];

/** The validated `validate`/`onDrift` options; throws ConfigurationError naming what is wrong. */
export function checkValidateOptions(validate: unknown, onDrift: unknown): { mode: ValidateMode; onDrift?: OnDrift } {
  const mode = validate ?? 'off';
  if (typeof mode !== 'string' || !(VALIDATE_MODES as readonly string[]).includes(mode)) {
    const shown = typeof mode === 'string' ? JSON.stringify(mode.slice(0, 40)) : typeof mode;
    throw new ConfigurationError(`validate must be one of ${VALIDATE_MODES.join(', ')}; got ${shown}.`);
  }
  if (onDrift !== undefined && typeof onDrift !== 'function') {
    throw new ConfigurationError(`onDrift must be a function; got ${onDrift === null ? 'null' : typeof onDrift}.`);
  }
  if (mode === 'off' && onDrift !== undefined) {
    throw new ConfigurationError("onDrift is set but validate is 'off': set validate to 'report' or 'strict'.");
  }
  if (mode === 'report' && onDrift === undefined) {
    throw new ConfigurationError("validate 'report' needs an onDrift callback to report to.");
  }
  return onDrift === undefined
    ? { mode: mode as ValidateMode }
    : { mode: mode as ValidateMode, onDrift: onDrift as OnDrift };
}
