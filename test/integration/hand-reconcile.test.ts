import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handReconcile } from '../../local/hand-reconcile';
import { startTestStack, type TestStack } from './harness';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

const run = async (payload?: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const port = Number(new URL(t.stack.apiUrl).port);
  const code = await handReconcile({ port, payload, out: (x) => out.push(x), err: (x) => err.push(x) });
  return { code, out: out.join(''), err };
};

// there was no pass by hand locally: `aws lambda invoke` on AWS, a restart or the minute's pass here
describe('npm run reconcile, a pass by hand in the running stack', () => {
  it('runs the batch function with the event given, queues what lost events left, and says so', async () => {
    const keys = ['incoming/hand/one.txt', 'incoming/hand/two.txt'];
    await t.eventsLost(async () => {
      for (const key of keys) await t.put(key, `Title ${key}\n\nLina Park said ${key} is here.`);
    });
    const { code, out, err } = await run('{"mode":"recent","recentHours":72}');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ mode: 'recent', listed: 2, reasons: { new: 2 } });
    expect(err).toEqual(['reconcile: queued 2 of 2 stored objects: 2 not yet indexed']);
    await t.settle();
    const again = await run();
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ mode: 'full', listed: 2, enqueued: 0 });
    expect(again.err).toEqual(['reconcile: all 2 stored objects checked were in order']);
  });

  it('answers an event the batch function refuses with its error, exit code 1', async () => {
    const { code, out, err } = await run('{"mode":"weekly"}');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toEqual([expect.stringContaining('claimtrail: the pass failed: invalid batch event: mode')]);
  });

  it('says so when no stack answers on the port, and when the payload is no JSON', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (x: string) => err.push(x) };
    expect(await handReconcile({ ...io, port: 1 })).toBe(1);
    expect(await handReconcile({ ...io, port: 1, payload: 'full' })).toBe(2);
    expect(err).toEqual([
      'claimtrail: no local stack answers on http://127.0.0.1:1: start one with npm start, or set PORT to its port',
      `claimtrail: the payload is no JSON: full (give '{"mode":"full"}' or '{"mode":"recent","recentHours":72}')`,
    ]);
  });
});
