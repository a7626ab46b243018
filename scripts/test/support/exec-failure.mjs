// What a failed `child_process.execFile` (promisified) rejects with, read without `any`.

/**
 * The exit code and output of a rejected `execFile` call; a spawn failure (no exit code) reads as 1.
 * @param {unknown} error
 * @returns {{ code: number, stdout: string, stderr: string, message: string }}
 */
export function execFailure(error) {
  const err = /** @type {{ code?: unknown, stdout?: unknown, stderr?: unknown, message?: unknown }} */ (
    typeof error === 'object' && error !== null ? error : {}
  );
  return {
    code: typeof err.code === 'number' ? err.code : 1,
    stdout: typeof err.stdout === 'string' ? err.stdout : '',
    stderr: typeof err.stderr === 'string' ? err.stderr : '',
    message: typeof err.message === 'string' ? err.message : String(error),
  };
}
