import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexingLine, reportIndexing } from '../../../local/indexing-progress';

const stats = (processed: number, waiting = 0, deadLetters = 0) => ({
  visible: waiting,
  inFlight: 0,
  processed,
  deadLetters,
  redeliveries: 0,
});

describe('reportIndexing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs a line per interval while the queue holds work, one when it empties, then none', () => {
    vi.useFakeTimers();
    let now = stats(0, 300);
    const queue = {
      get empty() {
        return now.visible === 0;
      },
      stats: () => now,
    };
    const lines: string[] = [];
    const timer = reportIndexing(queue, (m) => lines.push(m), 1000);
    now = stats(120, 180);
    vi.advanceTimersByTime(1000);
    now = stats(300, 0);
    vi.advanceTimersByTime(3000);
    clearInterval(timer);
    expect(lines).toEqual([
      'indexing: 120 messages handled since the last line, 180 waiting or in progress',
      'indexing: queue empty, 180 messages handled since the last line',
    ]);
  });
});

describe('indexingLine', () => {
  it('names the dead letters among what was done', () => {
    expect(indexingLine(stats(10, 5), stats(20, 3, 2), false)).toBe(
      'indexing: 10 messages handled since the last line, 2 dead-lettered (see dead-letters.jsonl), 3 waiting or in progress',
    );
  });
});
