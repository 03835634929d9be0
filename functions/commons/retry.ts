import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 8, baseMs: 50, maxMs: 5_000 };

/**
 * Repeats a partial batch operation until nothing is left over, with
 * exponential backoff and full jitter. The SDK retries failed requests, but
 * a BatchWrite/BatchGet that succeeds with leftovers is ours to retry.
 */
export async function drainWithBackoff<T>(
  initial: T[],
  run: (batch: T[]) => Promise<T[]>,
  options: RetryOptions = DEFAULT_RETRY,
): Promise<void> {
  let pending = initial;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= options.attempts) {
      throw new Error(`${pending.length} items still unprocessed after ${options.attempts} attempts`);
    }
    if (attempt > 0) await sleep(Math.random() * Math.min(options.maxMs, options.baseMs * 2 ** attempt));
    pending = await run(pending);
  }
}
