/** Something that can be killed synchronously from an exit or signal handler. */
export interface Killable {
  killNow(signal: NodeJS.Signals): void;
}

const live = new Set<Killable>();
const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function onExit(): void {
  for (const child of live) child.killNow('SIGKILL');
}

function onSignal(signal: NodeJS.Signals): void {
  for (const child of live) child.killNow('SIGTERM');
  // When nobody else handles the signal, restore the default (terminate) so Ctrl-C still exits.
  if (process.listenerCount(signal) === 1) {
    uninstall();
    process.kill(process.pid, signal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', onExit);
  for (const signal of signals) process.on(signal, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off('exit', onExit);
  for (const signal of signals) process.off(signal, onSignal);
}

/** Kills `child` if this process exits or is interrupted before it is released. */
export function track(child: Killable): void {
  live.add(child);
  install();
}

/** Forgets a child that has been stopped; removes the handlers when none is left. */
export function release(child: Killable): void {
  live.delete(child);
  if (live.size === 0) uninstall();
}
