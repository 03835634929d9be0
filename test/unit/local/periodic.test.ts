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
    const { timer } = everyUnlessRunning(task, 100, () => undefined);
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
    const { timer } = everyUnlessRunning(
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

  it('runs a pass asked for under the same guard: no tick starts another while it runs', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let finish: () => void = () => undefined;
    const passes = everyUnlessRunning(
      () => {
        runs++;
        return new Promise<number>((resolve) => {
          finish = () => resolve(runs);
        });
      },
      100,
      () => undefined,
    );
    const startup = passes.run();
    await vi.advanceTimersByTimeAsync(350);
    expect(runs).toBe(1);
    const asked = passes.run(); // asked again while it runs: that run's outcome
    finish();
    expect([await startup, await asked]).toEqual([1, 1]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(2);
    clearInterval(passes.timer);
  });

  it('skips ticks while not ready, and runs at the first tick once it is', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let ready = false;
    const { timer } = everyUnlessRunning(
      async () => {
        runs++;
      },
      100,
      () => undefined,
      () => ready,
    );
    await vi.advanceTimersByTimeAsync(350);
    expect(runs).toBe(0);
    ready = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toBe(1);
    clearInterval(timer);
  });
});
