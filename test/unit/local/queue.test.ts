import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DeadLetter, LocalQueue } from '../../../local/queue';
import { waitUntilQuiet } from '../../../local/quiet';

let queue: LocalQueue | undefined;
afterEach(async () => queue?.stop());

function makeQueue(dead: DeadLetter[] = []) {
  queue = new LocalQueue({
    visibilityMs: 30,
    maxReceiveCount: 3,
    batchSize: 10,
    concurrency: 1,
    pollMs: 5,
    onDeadLetter: (m) => dead.push(m),
  });
  return queue;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await sleep(5);
}

describe('LocalQueue', () => {
  it('delivers in batches of at most ten with receive counts', async () => {
    const q = makeQueue();
    const batches: number[] = [];
    for (let i = 0; i < 25; i++) q.send(`m${i}`);
    q.start(async (event) => {
      batches.push(event.Records.length);
      expect(event.Records.every((r) => r.attributes.ApproximateReceiveCount === '1')).toBe(true);
    });
    await until(() => q.stats().processed === 25);
    expect(batches).toEqual([10, 10, 5]);
  });

  it('retries only the failed items after the visibility timeout, then dead-letters them', async () => {
    const dead: DeadLetter[] = [];
    const q = makeQueue(dead);
    const seen: Record<string, number> = {};
    q.send('ok');
    q.send('bad');
    q.start(async (event) => {
      for (const r of event.Records) seen[r.body] = Number(r.attributes.ApproximateReceiveCount);
      return {
        batchItemFailures: event.Records.filter((r) => r.body === 'bad').map((r) => ({
          itemIdentifier: r.messageId,
        })),
      };
    });
    await until(() => dead.length === 1);
    expect(seen).toEqual({ ok: 1, bad: 3 });
    expect(dead.map((m) => m.body)).toEqual(['bad']);
    expect(q.stats()).toMatchObject({ processed: 1, deadLetters: 1, visible: 0, inFlight: 0 });
  });

  it('keeps with a dead letter the last reason the handler gave for it, and its receives', async () => {
    const dead: DeadLetter[] = [];
    const q = makeQueue(dead);
    q.send('bad');
    q.start(async (event) => ({
      batchItemFailures: event.Records.map((r) => ({
        itemIdentifier: r.messageId,
        // the last receive says nothing: the reason before it stands
        reason:
          r.attributes.ApproximateReceiveCount === '3'
            ? undefined
            : `failed on receive ${r.attributes.ApproximateReceiveCount}`,
      })),
    }));
    await until(() => dead.length === 1);
    expect(dead[0]).toMatchObject({ body: 'bad', receiveCount: 3, error: 'failed on receive 2' });
  });

  it('gives each message of a batch the handler threw on (a worker’s error) that error as its reason', async () => {
    const dead: DeadLetter[] = [];
    const q = makeQueue(dead);
    q.send('a');
    q.send('b');
    q.start(async () => {
      throw new TypeError('worker gone');
    });
    await until(() => dead.length === 2);
    expect(dead.map((m) => [m.body, m.error])).toEqual([
      ['a', 'TypeError: worker gone'],
      ['b', 'TypeError: worker gone'],
    ]);
  });

  it('does not hand out a message again while a delivery of it outlasts the visibility timeout', async () => {
    const dead: string[] = [];
    queue = new LocalQueue({
      visibilityMs: 20,
      maxReceiveCount: 3,
      batchSize: 10,
      concurrency: 4,
      pollMs: 5,
      onDeadLetter: (m) => dead.push(m.body),
    });
    const q = queue;
    q.send('slow');
    let running = 0;
    let most = 0;
    const during: { visible: number; inFlight: number }[] = [];
    q.start(async (event) => {
      running++;
      most = Math.max(most, running);
      await sleep(60); // three times the visibility timeout
      during.push(q.stats());
      running--;
      return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
    });
    await until(() => dead.length > 0);
    await sleep(100);
    expect(most).toBe(1);
    expect(during.every((s) => s.visible === 0 && s.inFlight === 1)).toBe(true);
    expect(dead).toEqual(['slow']);
    expect(q.stats()).toMatchObject({ deadLetters: 1, processed: 0, visible: 0, inFlight: 0 });
  });

  it('stops once every batch in flight has finished, however many ran at once', async () => {
    queue = new LocalQueue({
      visibilityMs: 1000,
      maxReceiveCount: 3,
      batchSize: 1,
      concurrency: 3,
      pollMs: 5,
      onDeadLetter: () => {},
    });
    const q = queue;
    const releases: (() => void)[] = [];
    for (let i = 0; i < 3; i++) q.send(`m${i}`);
    q.start(() => new Promise((resolve) => releases.push(() => resolve(undefined))));
    await until(() => releases.length === 3);
    let stopped = false;
    const stopping = q.stop().then(() => {
      stopped = true;
    });
    // one batch finishing while others still run must not lose the stop's waiter
    releases[0]?.();
    await sleep(20);
    expect(stopped).toBe(false);
    releases[1]?.();
    releases[2]?.();
    await Promise.race([stopping, sleep(1000)]);
    expect(stopped).toBe(true);
  });

  it('treats a thrown handler as a failure of the whole batch', async () => {
    const q = makeQueue();
    let calls = 0;
    q.send('x');
    q.start(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
    });
    await until(() => q.stats().processed === 1);
    expect(calls).toBe(2);
    expect(q.stats().redeliveries).toBe(1);
  });
});

describe('waitUntilQuiet', () => {
  it('waits out a message in flight, and does not count the messages on each poll', async () => {
    const q = makeQueue();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    q.send('m');
    q.start(async () => {
      await held;
    });
    await until(() => q.stats().inFlight === 1);
    expect(q.empty).toBe(false);
    const stats = vi.spyOn(q, 'stats');
    const quiet = waitUntilQuiet(q, 2_000, 20);
    await sleep(80);
    expect(q.empty).toBe(false);
    release();
    expect(await quiet).toBe(true);
    expect(q.empty).toBe(true);
    expect(stats).not.toHaveBeenCalled();
  });
});
