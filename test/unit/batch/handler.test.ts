import { describe, expect, it } from 'vitest';
import { STOP_RESERVE_MS } from '../../../functions/domain/pipeline/reconcile';
import { objects, world } from './world';

describe('batch handler', () => {
  it('saves where a pass cut short stopped, and the next run goes on from there as a full pass', async () => {
    const { state, run } = world(null, 1.5 * STOP_RESERVE_MS);
    const first = await run({ mode: 'full' }, 3 * STOP_RESERVE_MS);
    expect(first).toMatchObject({ listed: 200, resumeAfter: objects[199]?.key, resumedAfter: null });
    expect(state.saved).toBe(objects[199]?.key);
    // a recent pass would skip these old objects; going on from the cursor checks them all
    const second = await run({ mode: 'recent' }, 900_000);
    expect(second).toMatchObject({
      mode: 'full',
      listed: 50,
      skipped: 0,
      resumeAfter: null,
      resumedAfter: objects[199]?.key,
    });
    expect(state.saves).toEqual([objects[199]?.key, null]);
    expect(state.sent).toEqual(objects.map((o) => o.key));
  });

  it('writes no cursor when a pass finishes and none was saved', async () => {
    const { state, run } = world(null, 1);
    expect(await run({}, 900_000)).toMatchObject({ listed: 250, resumeAfter: null, resumedAfter: null });
    expect(state.saves).toEqual([]);
  });

  it('saves where an orphan sweep cut short stopped, and the next run goes on with the sweep alone', async () => {
    const gone = ['incoming/gone-a.txt', 'incoming/gone-b.txt', 'incoming/gone-c.txt'];
    const { state, run } = world(null, 1_000, gone);
    // the listing (3 pages) leaves time for two pages of articles
    const first = await run({ mode: 'full' }, STOP_RESERVE_MS + 4_500);
    expect(first).toMatchObject({
      listed: 250,
      resumeAfter: null,
      resumeSweep: { after: null, through: null, articles: '2' },
      reasons: { removed: 2 },
    });
    expect(state.sweepSaves).toEqual([JSON.stringify(first.resumeSweep)]);
    expect(state.saves).toEqual([]);
    const second = await run({ mode: 'recent' }, 900_000);
    expect(second).toMatchObject({
      mode: 'full',
      listed: 0,
      reasons: { removed: 1 },
      resumeSweep: null,
      resumedSweep: first.resumeSweep,
    });
    expect(state.walked).toEqual([undefined, '1', '2']);
    expect(state.sweepSaves.at(-1)).toBeNull();
    expect(state.sent.filter((m) => m.startsWith('gone:'))).toEqual(gone.map((k) => `gone:${k}`));
  });

  it('refuses a saved sweep position it cannot read, naming it', async () => {
    const { run } = world(null, 1, [], 'incoming/not-a-position');
    await expect(run({}, 900_000)).rejects.toThrow(/orphan-sweep position is not valid.*not-a-position/);
  });

  it('still refuses a bad event before reading the cursor', async () => {
    const { state, run } = world(objects[10]?.key ?? null, 1);
    await expect(run({ mode: 'sometimes' }, 900_000)).rejects.toThrow(/invalid batch event/);
    expect(state.sent).toEqual([]);
  });
});
