// Where a script's CLI runs and writes: its own process, or a test that calls it in-process.

/**
 * A working directory and the two streams a CLI writes to.
 * @typedef {object} CliIo
 * @property {string} cwd
 * @property {{ write(text: string): unknown }} stdout
 * @property {{ write(text: string): unknown }} stderr
 */

/** The running process's working directory, stdout and stderr. @returns {CliIo} */
export function processIo() {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
}
