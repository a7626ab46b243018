/** One attempt's signal: aborts when the caller's signal does or when `timeoutMs` elapses. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** Rejects with the abort reason once the signal aborts; never resolves. */
  aborted: Promise<never>;
  /** True when the timer (not the caller) aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer; call once the attempt has settled. */
  clear(): void;
}

/** Derives a per-attempt signal from the caller's signal (when there is one) plus a timeout. */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  let reject!: (reason: unknown) => void;
  const aborted = new Promise<never>((_, fail) => {
    reject = fail;
  });
  aborted.catch(() => {}); // only observed through Promise.race
  // Settles `aborted` directly rather than through a second listener on the controller's signal.
  const abort = (reason: unknown) => {
    controller.abort(reason);
    reject(controller.signal.reason);
  };
  const onAbort = () => abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    abort(new DOMException('attempt timed out', 'TimeoutError'));
  }, timeoutMs);
  return {
    signal: controller.signal,
    aborted,
    timedOut: () => timedOut,
    clear() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts (when there is one). */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal === undefined) {
      setTimeout(resolve, ms);
      return;
    }
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
