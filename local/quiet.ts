import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalQueue } from './queue';

/** Resolves once the queue has been empty for a moment, or after the timeout. */
export async function waitUntilQuiet(queue: LocalQueue, timeoutMs: number, settleMs = 300): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const s = queue.stats();
    if (s.visible === 0 && s.inFlight === 0) {
      quietSince ||= Date.now();
      if (Date.now() - quietSince >= settleMs) return true;
    } else quietSince = 0;
    await sleep(50);
  }
  return false;
}
