import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { BatchDeps } from '../../../functions/batch/deps';
import { createBatchHandler } from '../../../functions/batch/handler';
import type { IndexStore, ObjectStore, ObjectSummary } from '../../../functions/domain/index/ports';
import { STOP_RESERVE_MS } from '../../../functions/domain/pipeline/reconcile';
import { localContext } from '../../../local/lambda-context';

const objects: ObjectSummary[] = Array.from({ length: 250 }, (_, i) => ({
  key: `incoming/${String(i).padStart(4, '0')}.txt`,
  etag: 'e1',
  size: 1,
  lastModified: new Date(Date.UTC(2020, 0, 1)),
}));

/** A bucket of 250 unindexed objects, a saved cursor, and a clock that each ledger read moves on. */
function world(saved: string | null, msPerPage: number) {
  const state = { saved, saves: [] as (string | null)[], sent: [] as string[], left: 0 };
  const deps: BatchDeps = {
    objects: {
      async *list(_prefix: string, startAfter?: string) {
        yield* objects.filter((o) => startAfter === undefined || o.key > startAfter);
      },
    } as unknown as ObjectStore,
    index: {
      getLedgers: async () => {
        state.left -= msPerPage;
        return [];
      },
    } as unknown as IndexStore,
    queue: { send: async (bodies) => void state.sent.push(...bodies) },
    cursor: {
      load: async () => state.saved,
      save: async (after) => {
        state.saves.push(after);
        state.saved = after;
      },
    },
    ingestPrefix: 'incoming/',
    extractorVersion: 'v2',
    message: (o) => o.key,
  };
  const context: Context = { ...localContext('batch'), getRemainingTimeInMillis: () => state.left };
  const run = async (event: unknown, timeMs: number) => {
    state.left = timeMs;
    return createBatchHandler(() => deps)(event, context);
  };
  return { state, run };
}

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

  it('still refuses a bad event before reading the cursor', async () => {
    const { state, run } = world(objects[10]?.key ?? null, 1);
    await expect(run({ mode: 'sometimes' }, 900_000)).rejects.toThrow(/invalid batch event/);
    expect(state.sent).toEqual([]);
  });
});
