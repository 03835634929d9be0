// A run that goes on with a saved orphan sweep lists results/ first. When that listing took the whole
// run, the sweep returned at once with the same position, and every later run did the same: the sweep
// never finished and no new pass started.
import { expect, it } from 'vitest';
import type { ObjectStore } from '../../../functions/domain/index/ports';
import { reconcile, STOP_RESERVE_MS } from '../../../functions/domain/pipeline/reconcile';
import { world } from './world';

it('a run going on with a saved sweep moves it on even when listing results/ takes its time', async () => {
  const objects = ['incoming/a.txt', 'incoming/b.txt'].map((key) => ({ key, etag: 'e', size: 1 }));
  const { deps, sent } = world(objects, new Map(), ['incoming/a.txt', 'incoming/b.txt', 'incoming/gone.txt']);
  let clock = 0;
  deps.objects = {
    async *list(prefix: string, startAfter?: string) {
      if (prefix === 'results/')
        for (let i = 0; i < 10_000; i++) {
          clock += 10; // listing results/ is what takes the run's time
          yield { key: `results/r${i}.json`, etag: 'x', size: 1 };
        }
      else yield* objects.filter((o) => startAfter === undefined || o.key > startAfter);
    },
  } as unknown as ObjectStore;
  let position = { after: null } as { after: string | null } | null;
  for (let run = 0; run < 5 && position; run++) {
    const start = clock;
    const report = await reconcile(deps, {
      sweep: position,
      timeLeftMs: () => STOP_RESERVE_MS + 30_000 - (clock - start),
    });
    position = report.resumeSweep;
  }
  expect(position).toBeNull();
  expect(sent).toEqual(['gone:incoming/gone.txt']);
});
