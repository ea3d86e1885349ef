// One loop for the worker's periodic jobs (the search index check, the discovery tables): run now, then again
// `intervalMs` after each round ends (rounds never overlap); after failures in a row, wait twice as long each
// time up to `maxBackoffMs` (none: the plain interval). Stopping cancels the next round and waits up to
// `stopWaitMs` for the one in progress.

export interface PeriodicOptions<T> {
  intervalMs: number;
  /** At least intervalMs; default intervalMs (no backoff). */
  maxBackoffMs?: number;
  stopWaitMs?: number;
  /** A round that succeeded; `failures`: how many failed in a row before it. */
  onSuccess?: (value: T, failures: number) => void;
  /** A round that failed; `failures` counts this one. */
  onFailure: (error: unknown, failures: number) => void;
}

/** Starts the loop; resolves nothing, returns the function that stops it. */
export function startPeriodic<T>(run: () => Promise<T>, options: PeriodicOptions<T>): () => Promise<void> {
  const { intervalMs, maxBackoffMs = intervalMs, stopWaitMs = 5_000 } = options;
  let running: Promise<unknown> = Promise.resolve();
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = () => {
    if (stopped) return;
    running = run().then(
      (value) => {
        options.onSuccess?.(value, failures);
        failures = 0;
      },
      (error: unknown) => {
        failures++;
        options.onFailure(error, failures);
      },
    );
    void running.finally(() => {
      if (stopped) return;
      timer = setTimeout(round, Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(failures, 16)));
      timer.unref();
    });
  };
  round();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([running, new Promise((resolve) => (waited = setTimeout(resolve, stopWaitMs)))]);
    clearTimeout(waited);
  };
}
