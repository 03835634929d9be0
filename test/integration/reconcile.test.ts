import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOP_RESERVE_MS } from '../../functions/domain/pipeline/reconcile';
import { localContext } from '../../local/lambda-context';
import { capturedBatch, startTestStack, type TestStack } from './harness';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

describe('reconcile on the real stores', () => {
  it('saves where a pass cut short by time stopped, and the next pass lists on from there', async () => {
    const keys = Array.from({ length: 130 }, (_, i) => `incoming/cut/${String(i).padStart(3, '0')}.txt`);
    // the bucket events go nowhere: every object needs a pass
    await t.eventsLost(async () => {
      for (const key of keys) await t.put(key, `Title ${key}\n\nLina Park said ${key} is here.`);
    });

    const { sent, deps, batch } = capturedBatch(t);
    const keyOf = (body: string) => JSON.parse(body).Records[0].s3.object.key as string;

    // time already short of the reserve: the pass stops after its first page
    const short = { ...localContext('batch'), getRemainingTimeInMillis: () => STOP_RESERVE_MS - 1 };
    const first = await batch({}, short);
    expect(first).toMatchObject({ listed: 100, enqueued: 100, resumeAfter: keys[99], resumedAfter: null });
    expect(await deps.cursor.load()).toBe(keys[99]);

    const second = await batch({ mode: 'recent' }, localContext('batch', 900_000));
    expect(second).toMatchObject({ mode: 'full', listed: 30, resumeAfter: null, resumedAfter: keys[99] });
    expect(await deps.cursor.load()).toBeNull();
    expect(sent.map(keyOf)).toEqual(keys);
  });
});
