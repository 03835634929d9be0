import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalQueue } from './queue';

/**
 * Resolves once the queue has been empty for a moment, or after the timeout.
 * It polls every 50 ms, so it asks `empty` (one size check) and not stats(),
 * which walks every message: about a second of the main thread in a
 * profile of an end-to-end run of 2,225 uploads.
 */
export async function waitUntilQuiet(
  queue: Pick<LocalQueue, 'empty'>,
  timeoutMs: number,
  settleMs = 300,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = 0;
  while (Date.now() < deadline) {
    if (queue.empty) {
      quietSince ||= Date.now();
      if (Date.now() - quietSince >= settleMs) return true;
    } else quietSince = 0;
    await sleep(50);
  }
  return false;
}
