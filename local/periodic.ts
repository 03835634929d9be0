/**
 * Runs `task` every `ms`, skipping a tick while the previous run is still
 * going (two reconcile passes must not run at once: they share one cursor).
 * Failures go to `onError`; the timer keeps going. Returns the timer.
 */
export function everyUnlessRunning(
  task: () => Promise<unknown>,
  ms: number,
  onError: (err: Error) => void,
): NodeJS.Timeout {
  let running = false;
  return setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, ms);
}
