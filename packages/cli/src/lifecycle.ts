/**
 * Process-wide interrupt handling. While a command runs, SIGINT/SIGTERM abort its signal and run the
 * registered cleanups (stop the mocks, remove a temp file) before the process exits.
 */

type Cleanup = () => unknown;

const cleanups = new Set<Cleanup>();
const controller = new AbortController();
let received: NodeJS.Signals | undefined;
let interruptExitCode: number | undefined;

/** Exit code for a process ended by `signal` (128 + its number, the shell's convention). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGTERM' ? 143 : 130;
}

/** Aborted when SIGINT or SIGTERM arrives; commands pass it to every request. */
export const interruptSignal: AbortSignal = controller.signal;

/**
 * Makes an interrupt a normal way to end the command (`orgdir mock`): exit with `code` instead of
 * 128 + the signal number.
 */
export function exitOnInterruptWith(code: number): void {
  interruptExitCode = code;
}

/** The exit code for the interrupt that was received. */
export function interruptExitCodeFor(signal: NodeJS.Signals): number {
  return interruptExitCode ?? signalExitCode(signal);
}

/** The signal that interrupted the process, if any. */
export function interruptedBy(): NodeJS.Signals | undefined {
  return received;
}

/** Registers a cleanup to run on interrupt; returns a function that unregisters it. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Runs every registered cleanup once, concurrently, never rejecting. */
export async function runCleanups(): Promise<void> {
  const pending = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(pending.map(async (fn) => fn()));
}

/**
 * Installs the SIGINT/SIGTERM handlers. The first signal aborts {@link interruptSignal} and runs the
 * cleanups, then exits; a second signal exits at once.
 */
export function installSignalHandlers(exit: (code: number) => void = (code) => process.exit(code)): void {
  const handle = (signal: NodeJS.Signals) => {
    if (received) {
      exit(interruptExitCodeFor(received));
      return;
    }
    received = signal;
    controller.abort(new Error(`interrupted by ${signal}`));
    void runCleanups().then(() => exit(interruptExitCodeFor(signal)));
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
