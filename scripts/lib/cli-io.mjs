// Where a script's CLI runs and writes: its own process, or a test that calls it in-process.
import { pathToFileURL } from 'node:url';

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

/**
 * True when `moduleUrl` (a module's `import.meta.url`) is the script node was started with, not a
 * module a test or another script imported.
 * @param {string} moduleUrl
 */
export function isEntryPoint(moduleUrl) {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/**
 * Runs a script's `run(argv, io)` as this process when the script is its entry point, with the
 * arguments after the script and the exit code it returns.
 * @param {string} moduleUrl the script's `import.meta.url`
 * @param {(argv: string[], io: CliIo) => Promise<number>} run
 */
export async function runIfEntryPoint(moduleUrl, run) {
  if (isEntryPoint(moduleUrl)) process.exitCode = await run(process.argv.slice(2), processIo());
}

/**
 * Line writers over a CLI's streams: each call writes `text` and a newline.
 * @param {CliIo} io
 */
export function lineWriters(io) {
  return {
    out: (/** @type {string} */ text) => io.stdout.write(`${text}\n`),
    err: (/** @type {string} */ text) => io.stderr.write(`${text}\n`),
  };
}
