import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { STOP_RESERVE_MS } from '../../functions/domain/pipeline/reconcile';
import { localContext } from '../../local/lambda-context';
import { capturedBatch, startTestStack, type TestStack } from './harness';

let t: TestStack;
const logged: string[] = [];
beforeAll(async () => {
  t = await startTestStack({ log: (m) => logged.push(m) });
});
afterAll(async () => t.stop());

type Page<T> = { items: T[] };

describe('orphan sweep on the local stack', () => {
  it('a full reconcile removes the articles of an object deleted while its event was lost', async () => {
    const gone = 'incoming/orphans/feed.ndjson';
    const kept = 'incoming/orphans/kept.txt';
    const entity = 'person.ottilie-brannagh-sole';
    const only = 'person.caspian-drewett-hale'; // named in the deleted file alone
    const feed = [
      { title: 'Harbour wall', text: 'Ottilie Brannagh-Sole, a harbour pilot, said the wall was cracked.' },
      {
        title: 'Harbour wall, later',
        text: 'Caspian Drewett-Hale, the harbour master, said repairs start in May.',
      },
    ];
    await t.put(gone, feed.map((a) => JSON.stringify(a)).join('\n'));
    await t.put(kept, 'Ottilie Brannagh-Sole said the ferry would run on Sunday.');
    await t.settle();
    const ids = async (path: string) => (await t.get<Page<{ id: string }>>(path)).body.items.map((e) => e.id);
    const goneIds = [articleId(gone, 0), articleId(gone, 1)];
    expect(await ids(`/entities/${entity}/articles`)).toHaveLength(2);
    expect(await ids('/entities?q=drewett')).toEqual([only]);

    // the ObjectRemoved event never reaches the queue
    await t.eventsLost(() => t.remove(gone));
    await t.settle();
    for (const id of goneIds) expect((await t.get(`/articles/${id}`)).status).toBe(200);

    const report = await t.stack.reconcile();
    expect(report).toMatchObject({ mode: 'full', reasons: { removed: 1 }, resumeSweep: null });
    expect(logged).toContain(
      'reconcile: removal queued for objects gone from the bucket but still indexed: 1',
    );
    await t.settle();

    for (const id of goneIds) expect((await t.get(`/articles/${id}`)).status).toBe(404);
    expect(await ids(`/entities/${entity}/articles`)).toEqual([articleId(kept, 0)]);
    expect(await ids(`/articles?entity=${entity}`)).toEqual([articleId(kept, 0)]);
    expect((await t.get<{ articleCount: number }>(`/entities/${entity}`)).body.articleCount).toBe(1);
    expect(await ids('/entities?q=drewett')).toEqual([]);
    expect((await t.get(`/entities/${only}`)).status).toBe(404);
    // nothing left to remove: the next pass queues nothing
    expect(await t.stack.reconcile()).toMatchObject({ enqueued: 0, reasons: { removed: 0 } });
  });

  it('removes the queued record of a posted file deleted before ingest saw it', async () => {
    const posted = await t.eventsLost(async () => {
      const res = await t.post<{ id: string; key: string }>(
        '/articles',
        'Marisol Quenby-Thorne said the lock gates would open.',
        { 'content-type': 'text/plain', 'x-filename': 'gates.txt' },
      );
      await t.remove(res.body.key);
      return res;
    });
    expect(posted.status).toBe(202);
    expect((await t.get<{ status: string }>(`/articles/${posted.body.id}`)).body.status).toBe('queued');

    expect(await t.stack.reconcile()).toMatchObject({ reasons: { removed: 1 } });
    await t.settle();
    expect((await t.get(`/articles/${posted.body.id}`)).status).toBe(404);
    expect(await t.stack.reconcile()).toMatchObject({ enqueued: 0, reasons: { removed: 0 } });
  });

  it('saves a sweep cut short in the table, and the next run goes on with it', async () => {
    const key = 'incoming/orphans/later.txt';
    await t.put(key, 'Wendeline Ostrow-Haig said the pier would close.');
    await t.settle();
    await t.eventsLost(() => t.remove(key));

    const { sent, deps, batch } = capturedBatch(t);
    // time short of the reserve: the listing's one page is done, the sweep waits for the next run
    const short = { ...localContext('batch'), getRemainingTimeInMillis: () => STOP_RESERVE_MS - 1 };
    expect(await batch({}, short)).toMatchObject({ resumeAfter: null, resumeSweep: { after: null } });
    expect(await deps.sweepCursor.load()).toBe(JSON.stringify({ after: null }));
    expect(await deps.cursor.load()).toBeNull();
    expect(sent).toEqual([]);

    const next = await batch({ mode: 'recent' }, localContext('batch', 900_000));
    expect(next).toMatchObject({ listed: 0, reasons: { removed: 1 }, resumedSweep: { after: null } });
    expect(await deps.sweepCursor.load()).toBeNull();
    expect(sent.map((body) => JSON.parse(body).Records[0].s3.object.key)).toEqual([key]);
  });
});
