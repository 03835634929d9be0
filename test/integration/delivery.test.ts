import { createHash } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/commons/config';
import { Ledger } from '../../functions/commons/dynamo/ledger';
import { s3CreatedRecord } from '../../functions/commons/s3-event';
import { articleId, keys } from '../../functions/domain/index/keys';
import type { SyncIndex } from '../../functions/domain/index/ports';
import { syncObject } from '../../functions/domain/pipeline/sync-object';
import { ingestDepsFromEnv } from '../../functions/ingest/deps';
import { ARTICLE, startTestStack, type TestStack } from './harness';

type Article = { status: string; title: string; updatedAt: string; extractorVersion: string };

let t: TestStack;
beforeAll(async () => {
  // Versions racing for one key wait on its lease; as on AWS (visibility 6x the
  // function timeout), the receives must outlast a busy holder on a loaded machine.
  t = await startTestStack({ maxReceiveCount: 20 });
});
afterAll(async () => t.stop());

/** The key's ledger as an older extractor left it: the next sync has work to do. */
const markOutdated = (key: string) =>
  t.stack.clients.doc.send(
    new UpdateCommand({
      TableName: 'claimtrail-local',
      Key: keys.object(key),
      UpdateExpression: 'SET extractorVersion = :old',
      ExpressionAttributeValues: { ':old': '0.0.1' },
    }),
  );

const message = (key: string, etag: string) =>
  JSON.stringify({ Records: [s3CreatedRecord(t.stack.bucket, key, etag, 1, 'test')] });

describe('at-least-once delivery', () => {
  it('indexes once under duplicate and concurrent deliveries of one event', async () => {
    const key = 'incoming/dup.txt';
    await t.put(key, ARTICLE);
    for (let i = 0; i < 12; i++) t.stack.queue.send(message(key, 'whatever'));
    await t.settle();
    const first = await t.get<Article>(`/articles/${articleId(key, 0)}`);
    for (let i = 0; i < 5; i++) t.stack.queue.send(message(key, 'whatever'));
    await t.settle();
    const again = await t.get<Article>(`/articles/${articleId(key, 0)}`);
    expect(first.body.status).toBe('indexed');
    expect((await t.get<{ items: unknown[] }>('/claims?speaker=person.elena-marsh')).body.items).toHaveLength(
      1,
    );
    expect(again.body.updatedAt).toBe(first.body.updatedAt);
  });

  it('lets the newest version win when uploads overtake each other', async () => {
    const key = 'incoming/versions.txt';
    for (let v = 1; v <= 5; v++) await t.put(key, `Version ${v}\n\nLina Park said version ${v} is final.`);
    await t.settle();
    const { body } = await t.get<Article>(`/articles/${articleId(key, 0)}`);
    expect(body.title, JSON.stringify(body)).toBe('Version 5');
    expect(t.stack.queue.stats().deadLetters).toBe(0);
  });

  it('lets one of two records for one key in one batch hold its lease, as Powertools runs them at once', async () => {
    const key = 'incoming/same-batch.txt';
    await t.put(key, ARTICLE);
    await t.settle();
    // one container's deps, two records for the key in flight together, both with work to do
    const sync = ingestDepsFromEnv(loadConfig(), t.stack.clients).sync;
    await markOutdated(key);
    const outcomes = await Promise.allSettled([syncObject(sync, { key }), syncObject(sync, { key })]);
    const reasons = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).name));
    expect(reasons.sort()).toEqual(['BusyError', 'indexed']);
  });

  it('lets records for one key in one batch take turns, so none waits out a retry', async () => {
    const key = 'incoming/turns.txt';
    await t.eventsLost(() => t.put(key, ARTICLE));
    const before = t.stack.queue.stats().redeliveries;
    // sent together, read in one batch
    for (const etag of ['first', 'second', 'third']) t.stack.queue.send(message(key, etag));
    await t.settle();
    expect((await t.get<Article>(`/articles/${articleId(key, 0)}`)).body.status).toBe('indexed');
    expect(t.stack.queue.stats().redeliveries).toBe(before);
  });

  it('picks up an object whose event was lost, at the next reconcile', async () => {
    const key = 'incoming/lost.txt';
    await t.eventsLost(() => t.put(key, ARTICLE));
    expect((await t.get(`/articles/${articleId(key, 0)}`)).status).toBe(404);
    const report = await t.stack.reconcile();
    expect(report.reasons.new).toBe(1);
    await t.settle();
    expect((await t.get<Article>(`/articles/${articleId(key, 0)}`)).body.status).toBe('indexed');
    expect((await t.stack.reconcile()).enqueued).toBe(0);
  });

  it('re-processes articles indexed by an older extractor', async () => {
    const key = 'incoming/lost.txt';
    await markOutdated(key);
    const report = await t.stack.reconcile();
    expect(report.reasons.outdated).toBe(1);
    await t.settle();
    expect((await t.stack.reconcile()).enqueued).toBe(0);
  });

  it('clears the parts another processor indexed between its ledger read and its lease', async () => {
    const key = 'incoming/race.ndjson';
    const feed = (parts: number) =>
      Array.from({ length: parts }, (_, i) =>
        JSON.stringify({ title: `Part ${i}`, text: `Lina Park said part ${i} was done.` }),
      ).join('\n');
    await t.put(key, feed(2));
    await t.settle();
    const sync = ingestDepsFromEnv(loadConfig(), t.stack.clients).sync;
    const real = sync.index;
    // between this processor's ledger read and its lease, the stack indexes three parts,
    // then the object shrinks to one part whose own event is lost
    const racing: SyncIndex = Object.create(real);
    racing.getLedger = async (objectKey) => {
      const seen = await real.getLedger(objectKey);
      await t.put(key, feed(3));
      await t.settle();
      await t.eventsLost(() => t.put(key, feed(1)));
      return seen;
    };
    expect(await syncObject({ ...sync, index: racing }, { key })).toBe('indexed');
    const status = async (part: number) => (await t.get(`/articles/${articleId(key, part)}`)).status;
    expect([await status(0), await status(1), await status(2)]).toEqual([200, 404, 404]);
  });

  it('notes pending ids with a lease only where the ledger notes none, and drops them with the outcome', async () => {
    const key = 'incoming/pending-note.txt';
    const ledger = new Ledger(t.stack.clients.doc, 'claimtrail-local');
    const now = Date.now();
    expect(await ledger.acquire(key, 'a', now, now + 60_000, { pending: ['id-0'] })).toEqual({
      acquired: true,
      previous: null,
    });
    expect((await ledger.get(key))?.pendingIds).toEqual(['id-0']);
    // a processor the lease keeps out is told who holds it (a later receive can tell one an earlier left)
    expect(await ledger.acquire(key, 'x', now, now + 60_000)).toEqual({
      acquired: false,
      heldUntil: now + 60_000,
      heldBy: 'a',
    });
    await ledger.release(key, 'a');
    await ledger.acquire(key, 'b', now, now + 60_000, { pending: ['id-9'] });
    expect((await ledger.get(key))?.pendingIds).toEqual(['id-0']);
    const outcome = {
      etag: 'e',
      status: 'indexed' as const,
      articleIds: ['id-0'],
      extractorVersion: 'v',
      error: null,
    };
    expect(await ledger.complete(key, 'b', outcome)).toBe(true);
    expect((await ledger.get(key))?.pendingIds).toBeUndefined();
  });

  it('counts leases taken since an attempt last finished, each for its version, and clears them when one does', async () => {
    const key = 'incoming/stopped-count.txt';
    const ledger = new Ledger(t.stack.clients.doc, 'claimtrail-local');
    const now = Date.now();
    // two attempts on version A stopped (their leases ran out), one on B takes the key
    await ledger.acquire(key, 'a', now - 3_000, now - 2_000, { version: 'A' });
    await ledger.acquire(key, 'b', now - 1_000, now - 500, { version: 'A' });
    const third = await ledger.acquire(key, 'c', now, now + 60_000, { version: 'B' });
    expect(third.acquired && third.previous?.stoppedVersions).toEqual(['A', 'A']);
    expect((await ledger.get(key))?.stoppedVersions).toEqual(['A', 'A', 'B']);
    await ledger.release(key, 'c');
    expect((await ledger.get(key))?.stoppedVersions).toBeUndefined();
    await ledger.acquire(key, 'd', now, now + 60_000, { version: 'B' });
    const outcome = {
      etag: 'e',
      status: 'indexed' as const,
      articleIds: [],
      extractorVersion: 'v',
      error: null,
    };
    expect(await ledger.complete(key, 'd', outcome)).toBe(true);
    expect((await ledger.get(key))?.stoppedVersions).toBeUndefined();
  });

  /** Three attempts on the version of `body` that stopped before they finished, as a function's timeout stops them. */
  const stopThrice = async (key: string, body: string) => {
    const ledger = new Ledger(t.stack.clients.doc, 'claimtrail-local');
    const version = createHash('md5').update(body).digest('hex');
    const now = Date.now();
    for (const [i, owner] of ['a', 'b', 'c'].entries())
      await ledger.acquire(key, owner, now - 3_000 + i * 1_000, now - 2_500 + i * 1_000, { version });
    expect((await ledger.get(key))?.stoppedVersions).toEqual([version, version, version]);
  };

  it('shows a file failed, with why, once attempts a timeout or crash stopped pile up, and leaves it to a new put', async () => {
    const key = 'incoming/never-finishes.txt';
    await stopThrice(key, ARTICLE);
    await t.put(key, ARTICLE);
    await t.settle();
    const { body } = await t.get<Article & { error: { code: string; message: string } }>(
      `/articles/${articleId(key, 0)}`,
    );
    expect(body.status).toBe('failed');
    expect(body.error.code).toBe('RETRIES_EXHAUSTED');
    expect(body.error.message).toContain('3 attempts in a row stopped before they finished');
    expect((await t.stack.reconcile()).enqueued).toBe(0);
    await t.put(key, ARTICLE);
    await t.settle();
    expect((await t.get<Article>(`/articles/${articleId(key, 0)}`)).body.status).toBe('indexed');
  });

  it('indexes a new version put after attempts on the old one stopped, rather than count those against it', async () => {
    const key = 'incoming/replaced-while-stuck.txt';
    await stopThrice(key, ARTICLE);
    await t.put(key, ARTICLE.replace('Tuesday', 'Wednesday'));
    await t.settle();
    const { body } = await t.get<Article & { error?: unknown }>(`/articles/${articleId(key, 0)}`);
    expect(body.status).toBe('indexed');
    expect(body.error).toBeUndefined();
  });

  it('ignores S3 test events', async () => {
    t.stack.queue.send(
      JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: 'now', Bucket: 'b' }),
    );
    await t.settle();
    expect(t.stack.queue.stats().deadLetters).toBe(0);
  });
});
