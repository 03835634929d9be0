/**
 * Runs `task` every `ms`, skipping a tick while a run is still going (two
 * reconcile passes must not run at once: they share one cursor). `run`
 * starts a run outside the timer under the same guard (the start-up pass, a
 * pass asked for by hand, given its input): called while one is going, it
 * answers that run's outcome instead of starting another. Failures of timed runs go to `onError`; the timer keeps going.
 * A tick is skipped too while `ready` says no.
 */
export function everyUnlessRunning<T, I = undefined>(
  task: (input?: I) => Promise<T>,
  ms: number,
  onError: (err: Error) => void,
  ready: () => boolean = () => true,
): { timer: NodeJS.Timeout; run: (input?: I) => Promise<T> } {
  let running: Promise<T> | null = null;
  const run = (input?: I) => {
    running ??= task(input).finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (running || !ready()) return;
    run().catch(onError);
  }, ms);
  return { timer, run };
}
