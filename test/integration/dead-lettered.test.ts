// An ingest run that fails as a whole on every receive (init, timeout, memory) records nothing itself:
// its dead letter must still end in a failure GET shows, and a redrive must still index the file.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, keys } from '../../functions/domain/index/keys';
import type { BatchHandler } from '../../local/queue';
import { startTestStack, type TestStack } from './harness';

type Failure = { code: string; message: string };
type Rec = {
  status: string;
  error?: Failure;
  text?: string;
  newerVersion?: { status: string; error: Failure };
};

let t: TestStack;
let wholeRunsFail = false;
const dead: string[] = [];
beforeAll(async () => {
  t = await startTestStack();
  const queue = t.stack.queue as unknown as {
    poll: (handler: BatchHandler) => void;
    options: { onDeadLetter: (m: { body: string }) => void };
  };
  // a failed init or a killed run: the whole batch fails, no record of it runs
  const poll = queue.poll.bind(queue);
  queue.poll = (handler) =>
    poll(async (event) => {
      if (wholeRunsFail) throw new Error('Runtime.ImportModuleError: models missing');
      return handler(event);
    });
  const onDeadLetter = queue.options.onDeadLetter;
  queue.options.onDeadLetter = (m) => {
    dead.push(m.body);
    onDeadLetter(m);
  };
});
afterAll(async () => t.stop());

const get = async (id: string) => t.get<Rec>(`/articles/${id}`);

describe('a file whose ingest runs all failed as a whole', () => {
  const key = 'incoming/dead/whole-run.txt';
  const id = articleId(key, 0);

  it('shows failed DEAD_LETTERED after the next pass, which does not queue it again', async () => {
    wholeRunsFail = true;
    await t.put(key, 'Lina Park said the ferry would sail on Monday.');
    await t.settle();
    expect(dead).toHaveLength(1);
    expect((await get(id)).status).toBe(404);
    const report = await t.stack.reconcile();
    expect(report.enqueued).toBe(0);
    const shown = (await get(id)).body;
    expect(shown).toMatchObject({ status: 'failed', error: { code: 'DEAD_LETTERED' } });
    expect(shown.error?.message).toMatch(/redrive the DLQ or put the file again/);
    const failed = (await t.get<{ items: { id: string }[] }>('/articles?status=failed')).body.items;
    expect(failed.map((a) => a.id)).toContain(id);
    // the dead letter is read on every pass, never consumed: nothing more is written
    expect((await t.stack.reconcile()).enqueued).toBe(0);
  });

  it('is indexed when its dead letter is redriven, the runs working again', async () => {
    wholeRunsFail = false;
    t.stack.queue.send(dead[0] as string); // what a DLQ redrive does
    await t.settle();
    expect((await get(id)).body.status).toBe('indexed');
    await t.stack.reconcile();
    expect((await get(id)).body.status).toBe('indexed');
  });
});

describe('a new version of an indexed file whose ingest runs all failed as a whole', () => {
  const key = 'incoming/dead/new-version.txt';
  const id = articleId(key, 0);

  // the old version's items stay (replacing them is ingest's work, with ingest's rights): it read as the newest
  it('shows the old version indexed, with the newer version failed DEAD_LETTERED beside it', async () => {
    wholeRunsFail = false;
    await t.put(key, 'Lina Park said the ferry would sail on Monday.');
    await t.settle();
    expect((await get(id)).body.status).toBe('indexed');
    wholeRunsFail = true;
    const before = dead.length;
    await t.put(key, 'Lina Park said the ferry would sail on Tuesday instead.');
    await t.settle();
    expect(dead.length).toBe(before + 1);
    // the stack's pass is the batch function's, whose report has the dead-letter pass's
    const report = (await t.stack.reconcile()) as { deadLetters?: { earlierIndexed: string[] } };
    expect(report.deadLetters?.earlierIndexed).toContain(key);
    // noted, the version is left alone by the next pass, as a DEAD_LETTERED one is
    expect((await t.stack.reconcile()).enqueued).toBe(0);
    const shown = (await get(id)).body;
    expect(shown).toMatchObject({
      status: 'indexed',
      newerVersion: { status: 'failed', error: { code: 'DEAD_LETTERED' } },
    });
    expect(shown.text).toContain('Monday');
    const listed = (await t.get<{ items: Rec[] }>(`/articles?key=${encodeURIComponent(key)}`)).body.items;
    expect(listed).toEqual([
      expect.objectContaining({
        status: 'indexed',
        newerVersion: expect.objectContaining({ status: 'failed' }),
      }),
    ]);
    // where a user looks for failures: listed once, as the indexed article with the note
    const failed = (await t.get<{ items: (Rec & { id: string })[] }>('/articles?status=failed')).body.items;
    expect(failed.filter((a) => a.id === id)).toEqual([
      expect.objectContaining({
        status: 'indexed',
        newerVersion: expect.objectContaining({
          status: 'failed',
          error: expect.objectContaining({ code: 'DEAD_LETTERED' }),
        }),
      }),
    ]);
    // and in the failed lists of its source and of what it mentions, as in the plain one
    const ids = async (query: string) =>
      (await t.get<{ items: { id: string }[] }>(`/articles?status=failed&${query}`)).body.items.map(
        (a) => a.id,
      );
    expect(await ids('source=dead')).toContain(id);
    expect(await ids('entity=person.lina-park')).toEqual([id]);
    expect(await ids('source=dead&entity=person.lina-park&from=2026-01-01')).toEqual([id]);
    expect(await ids('source=other')).not.toContain(id);
    expect(await ids('entity=person.lina-park,gpe.nowhere')).toEqual([]);
  });

  it('drops the note once the newer version is indexed', async () => {
    wholeRunsFail = false;
    t.stack.queue.send(dead.at(-1) as string);
    await t.settle();
    const shown = (await get(id)).body;
    expect(shown.text).toContain('Tuesday');
    expect(shown.newerVersion).toBeUndefined();
    const failed = (await t.get<{ items: { id: string }[] }>('/articles?status=failed')).body.items;
    expect(failed.map((a) => a.id)).not.toContain(id);
    // and the ledger left the status index with the note, so no read of that list meets it again
    const stored = await t.stack.clients.doc.send(
      new GetCommand({ TableName: 'claimtrail-local', Key: keys.object(key) }),
    );
    expect(stored.Item).toMatchObject({ status: 'indexed' });
    expect(stored.Item).not.toHaveProperty('gsi1pk');
  });
});
