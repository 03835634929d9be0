import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { localContext } from '../../local/lambda-context';
import { ARTICLE, capturedBatch, startTestStack, type TestStack } from './harness';

let t: TestStack;
const logged: string[] = [];
beforeAll(async () => {
  t = await startTestStack({ log: (m) => logged.push(m) });
});
afterAll(async () => t.stop());

type Fault = { error: { code: string; message: string } };

describe('an indexed article whose results object was deleted from the bucket', () => {
  it('is found by a full reconcile pass, its file re-indexed, and its record served again', async () => {
    const key = 'incoming/lost/flood.txt';
    const kept = 'incoming/lost/kept.txt';
    await t.put(key, ARTICLE);
    await t.put(kept, 'Councillor David Okafor said the ferry would run on Sunday.');
    await t.settle();
    const id = articleId(key, 0);
    expect((await t.get(`/articles/${id}`)).status).toBe(200);

    await t.remove(`results/${id}.json`);
    const lost = await t.get<Fault>(`/articles/${id}`);
    expect(lost.status).toBe(502);
    expect(lost.body.error.code).toBe('RESULT_MISSING');
    expect(lost.body.error.message).toMatch(/next reconcile pass .* queues its file for re-indexing/);

    // a pass with its messages held back: the article says it is being re-indexed
    const { sent, batch } = capturedBatch(t);
    const report = await batch({}, localContext('claimtrail-batch', 900_000));
    expect(report).toMatchObject({ mode: 'full', resultsMissing: 1, enqueued: 1, reasons: { removed: 0 } });
    expect(sent).toHaveLength(1);
    const waiting = await t.get<Fault>(`/articles/${id}`);
    expect(waiting.status).toBe(502);
    expect(waiting.body.error.message).toContain('being re-indexed');

    for (const body of sent) t.stack.queue.send(body);
    await t.settle();
    const back = await t.get<{ status: string; text: string; claims: unknown[] }>(`/articles/${id}`);
    expect(back.status).toBe(200);
    expect(back.body.text).toContain('Mayor Elena Marsh');
    expect(back.body.claims.length).toBeGreaterThan(0);

    // nothing left to repair, and the stack's own pass says nothing about it
    expect(await t.stack.reconcile()).toMatchObject({ enqueued: 0, resultsMissing: 0 });
    expect(logged.filter((m) => m.includes('results objects were missing'))).toEqual([]);
  });

  it("the stack's own pass re-indexes it by itself, and says so", async () => {
    const key = 'incoming/lost/again.txt';
    await t.put(key, ARTICLE);
    await t.settle();
    const id = articleId(key, 0);
    await t.remove(`results/${id}.json`);
    expect((await t.get(`/articles/${id}`)).status).toBe(502);
    expect(await t.stack.reconcile()).toMatchObject({ resultsMissing: 1 });
    expect(logged).toContain('reconcile: re-indexing files whose results objects were missing: 1');
    await t.settle();
    expect((await t.get(`/articles/${id}`)).status).toBe(200);
  });
});

describe('an indexed article whose results object was overwritten in the bucket', () => {
  it('is found by a full reconcile pass from the listing ETags, its file re-indexed, and served again', async () => {
    const key = 'incoming/overwritten/flood.txt';
    await t.put(key, ARTICLE);
    await t.settle();
    const id = articleId(key, 0);
    expect((await t.get(`/articles/${id}`)).status).toBe(200);

    await t.put(`results/${id}.json`, '{"text": "cut off', 'application/json');
    const broken = await t.get<Fault>(`/articles/${id}`);
    expect(broken.status).toBe(502);
    expect(broken.body.error.code).toBe('RESULT_UNREADABLE');
    expect(broken.body.error.message).toMatch(/next reconcile pass .* queues its file for re-indexing/);

    const { sent, batch } = capturedBatch(t);
    const report = await batch({}, localContext('claimtrail-batch', 900_000));
    expect(report).toMatchObject({ mode: 'full', resultsChanged: 1, resultsMissing: 0, enqueued: 1 });
    const waiting = await t.get<Fault>(`/articles/${id}`);
    expect(waiting.body.error.message).toContain('being re-indexed');

    for (const body of sent) t.stack.queue.send(body);
    await t.settle();
    const back = await t.get<{ status: string; text: string }>(`/articles/${id}`);
    expect(back.status).toBe(200);
    expect(back.body.text).toContain('Mayor Elena Marsh');
    expect(await t.stack.reconcile()).toMatchObject({ enqueued: 0, resultsChanged: 0 });
  });

  it("a readable object that is not ingest's (another article's results) is put right too, by the stack's own pass", async () => {
    const key = 'incoming/overwritten/swapped.txt';
    const other = 'incoming/overwritten/other.txt';
    await t.put(key, ARTICLE);
    await t.put(other, 'Councillor David Okafor said the ferry would run on Sunday.');
    await t.settle();
    const id = articleId(key, 0);
    const theirs = await t.get<Record<string, unknown>>(`/articles/${articleId(other, 0)}`);
    await t.put(`results/${id}.json`, JSON.stringify(theirs.body), 'application/json');
    expect((await t.get<{ text: string }>(`/articles/${id}`)).body.text).toContain('David Okafor');

    expect(await t.stack.reconcile()).toMatchObject({ resultsChanged: 1 });
    expect(logged).toContain(
      'reconcile: re-indexing files whose results objects were not the ones ingest wrote: 1',
    );
    await t.settle();
    expect((await t.get<{ text: string }>(`/articles/${id}`)).body.text).toContain('Mayor Elena Marsh');
    expect(await t.stack.reconcile()).toMatchObject({ enqueued: 0, resultsChanged: 0 });
  });
});
