// Runs one of the repository's scripts in a child Node process, for the scripts' tests.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { execFailure } from './exec-failure.mjs';

const run = promisify(execFile);
const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs `scripts/<name>` with `args` and returns its exit code and output, never throwing.
 * @param {string} name @param {...string} args
 * @returns {Promise<{ code: number, output: string }>}
 */
export async function runScript(name, ...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(scripts, name), ...args]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = execFailure(error);
    return { code, output: `${stdout}${stderr}` };
  }
}
