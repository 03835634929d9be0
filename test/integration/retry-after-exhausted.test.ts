// The remedies the README names for RETRIES_EXHAUSTED ("redrive the DLQ or put the file again") must work:
// the failure records the event's ETag and extractor version, which once made every retry a duplicate.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { startTestStack, type TestStack } from './harness';
import { s3Outage } from './s3-outage';

type Rec = { status: string; error?: { code: string; message: string } };

let t: TestStack;
const dead: string[] = [];
beforeAll(async () => {
  t = await startTestStack();
  const options = (t.stack.queue as unknown as { options: { onDeadLetter: (m: { body: string }) => void } })
    .options;
  const original = options.onDeadLetter;
  options.onDeadLetter = (m) => {
    dead.push(m.body);
    original(m as never);
  };
});
afterAll(async () => t.stop());

const outage = (key: string) => s3Outage(t, key);

async function status(id: string): Promise<Rec> {
  return (await t.get<Rec>(`/articles/${id}`)).body;
}

async function failOnce(key: string, body: string) {
  const end = outage(key);
  await t.put(key, body);
  await t.settle();
  end();
  expect((await status(articleId(key, 0))).error?.code).toBe('RETRIES_EXHAUSTED');
}

describe('retrying a file after RETRIES_EXHAUSTED, the outage over', () => {
  it('redriving the dead-lettered message re-indexes it', async () => {
    const key = 'incoming/exhausted/redrive.txt';
    await failOnce(key, 'Lina Park said the road was open.');
    expect(dead.length).toBe(1);
    t.stack.queue.send(dead[0] as string); // what a DLQ redrive does
    await t.settle();
    expect((await status(articleId(key, 0))).status).toBe('indexed');
  });

  it('putting the file again re-indexes it', async () => {
    const key = 'incoming/exhausted/put-again.txt';
    await failOnce(key, 'Omar Reyes said the bridge was closed.');
    await t.put(key, 'Omar Reyes said the bridge was closed.');
    await t.settle();
    expect((await status(articleId(key, 0))).status).toBe('indexed');
  });

  it('posting the same file again after the outage re-indexes it', async () => {
    const text = 'Ada Quinn said the ferry was cancelled.';
    const key = `incoming/api/${createHash('sha256').update(text).digest('hex').slice(0, 16)}/ferry.txt`;
    const headers = { 'content-type': 'text/plain', 'x-filename': 'ferry.txt' };
    const end = outage(key);
    const first = await t.post<{ id: string; key: string }>('/articles', text, headers);
    expect(first.body.key).toBe(key);
    await t.settle();
    end();
    expect((await status(first.body.id)).error?.code).toBe('RETRIES_EXHAUSTED');
    expect((await t.post('/articles', text, headers)).status).toBe(202);
    await t.settle();
    expect((await status(first.body.id)).status).toBe('indexed');
  });

  it('reconcile still leaves the failed version alone', async () => {
    await failOnce('incoming/exhausted/left-alone.txt', 'Rui Costa said the line was down.');
    expect((await t.stack.reconcile()).enqueued).toBe(0);
  });
});
