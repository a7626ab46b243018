#!/usr/bin/env node
import { installSignalHandlers, interruptSignal, runCleanups } from './lifecycle.js';
import { main } from './main.js';

installSignalHandlers();
// `orgdir … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // Still stop the mocks and drop any temp file before leaving.
  if (error.code === 'EPIPE') void runCleanups().then(() => process.exit(0));
  else throw error;
});
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interruptSignal,
});
// Exit explicitly: a keep-alive socket must not hold the process open once the work is done.
process.exit(code);
