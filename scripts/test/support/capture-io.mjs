// Runs a script's CLI in-process, for the scripts' tests: what it writes is kept, not printed.

/**
 * Calls `run(args, io)` with an io writing into strings; returns the exit code and the output.
 * @param {(argv: string[], io: import('../../lib/cli-io.mjs').CliIo) => Promise<number>} run
 * @param {string[]} args @param {string} [cwd]
 * @returns {Promise<{ code: number, stdout: string, stderr: string, output: string }>}
 */
export async function runInProcess(run, args, cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  let output = '';
  const code = await run(args, {
    cwd,
    stdout: {
      write: (/** @type {string} */ text) => {
        stdout += text;
        output += text;
      },
    },
    stderr: {
      write: (/** @type {string} */ text) => {
        stderr += text;
        output += text;
      },
    },
  });
  return { code, stdout, stderr, output };
}
