import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyUnlessRunning } from '../../../local/periodic';

afterEach(() => {
  vi.useRealTimers();
});

describe('everyUnlessRunning', () => {
  it('skips ticks while a run is going, and runs again once it is done', async () => {
    vi.useFakeTimers();
    let running = 0;
    let most = 0;
    let runs = 0;
    const finish: (() => void)[] = [];
    const task = () => {
      runs++;
      running++;
      most = Math.max(most, running);
      return new Promise<void>((resolve) =>
        finish.push(() => {
          running--;
          resolve();
        }),
      );
    };
    const timer = everyUnlessRunning(task, 100, () => undefined);
    await vi.advanceTimersByTimeAsync(550); // five ticks, one run still going
    expect(runs).toBe(1);
    finish.shift()?.();
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    clearInterval(timer);
  });

  it('reports a failed run and keeps ticking', async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    let runs = 0;
    const timer = everyUnlessRunning(
      async () => {
        runs++;
        throw new Error(`fault ${runs}`);
      },
      100,
      (err) => errors.push(err.message),
    );
    await vi.advanceTimersByTimeAsync(350);
    expect(errors).toEqual(['fault 1', 'fault 2', 'fault 3']);
    clearInterval(timer);
  });
});
