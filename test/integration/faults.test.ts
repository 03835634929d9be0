import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { startTestStack, type TestStack } from './harness';

let t: TestStack;
beforeAll(async () => {
  // Visibility well past an attempt's time, as on AWS (6x the function timeout): at the harness's
  // 200 ms, a slow attempt (SDK backoff on injected faults, a loaded machine) is redelivered while
  // it runs, and the redeliveries burn receives against its lease until the message dead-letters.
  // An attempt makes about 9 calls; at 15% a fault each, 3 attempts in 4 failed, and one of 12
  // messages failing 20 times in a row (dead-lettered) came up in about 1 run in 15 (CI, once).
  // At 6%, 12 messages got 4 to 8 redeliveries (3 runs) and, in one CI run, none; 40 get 9 to 24
  // (3 runs): none at all is then about 1 run in 10^5, and a dead letter (20 failures running)
  // far rarer still.
  t = await startTestStack({ faultRate: 0.06, maxReceiveCount: 20, visibilityMs: 3_000 });
});
afterAll(async () => t.stop());

describe('transient S3 and DynamoDB faults', () => {
  it('still indexes every object exactly once', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `incoming/faulty/${i}.txt`);
    for (const [i, key] of keys.entries()) {
      for (;;) {
        try {
          await t.put(key, `Story ${i}\n\nLina Park said story ${i} had ${i * 10} readers.`);
          break;
        } catch {
          // the test's own upload met an injected fault: upload again, as a client would
        }
      }
    }
    await t.settle(60_000);
    let reconciled = await t.stack.reconcile().catch(() => ({ enqueued: -1 }));
    while (reconciled.enqueued !== 0) {
      await t.settle(60_000);
      reconciled = await t.stack.reconcile().catch(() => ({ enqueued: -1 }));
    }
    const statuses = await Promise.all(
      keys.map(async (key) => {
        for (;;) {
          const res = await t.get<{ status: string; title: string }>(`/articles/${articleId(key, 0)}`);
          if (res.status !== 500) return res.body;
        }
      }),
    );
    expect(statuses.map((s) => s.status)).toEqual(keys.map(() => 'indexed'));
    expect(statuses.map((s) => s.title)).toEqual(keys.map((_, i) => `Story ${i}`));
    expect(t.stack.queue.stats().deadLetters).toBe(0);
    // the faults did make ingest retry
    expect(t.stack.queue.stats().redeliveries).toBeGreaterThan(0);
  }, 180_000);
});
