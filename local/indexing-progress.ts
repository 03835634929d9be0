import type { LocalQueue } from './queue';

type Stats = ReturnType<LocalQueue['stats']>;

/**
 * A line every `everyMs` while the queue holds work, and one when it empties:
 * `npm start` printed "Ready" after a minute however much was still queued (a
 * restart after an extractor change re-indexes every file), and nothing more,
 * so a bulk upload or a re-index ran unseen but for GET /health.
 */
export function reportIndexing(
  queue: Pick<LocalQueue, 'empty' | 'stats'>,
  log: (message: string) => void,
  everyMs = 30_000,
): NodeJS.Timeout {
  let last = queue.stats();
  let busy = !queue.empty;
  const timer = setInterval(() => {
    if (queue.empty && !busy) return;
    const now = queue.stats();
    const line = indexingLine(last, now, queue.empty);
    busy = !queue.empty;
    last = now;
    log(line);
  }, everyMs);
  timer.unref();
  return timer;
}

/** What the queue did between two looks. */
export function indexingLine(before: Stats, now: Stats, empty: boolean): string {
  const done = now.processed - before.processed;
  const dead = now.deadLetters - before.deadLetters;
  const deadNote = dead > 0 ? `, ${dead} dead-lettered (see dead-letters.jsonl)` : '';
  return empty
    ? `indexing: queue empty, ${done} messages handled since the last line${deadNote}`
    : `indexing: ${done} messages handled since the last line${deadNote}, ${now.visible + now.inFlight} waiting or in progress`;
}
