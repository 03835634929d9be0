import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../functions/commons/s3-event';
import { articleId } from '../../functions/domain/index/keys';
import { startTestStack, type TestStack } from './harness';
import { s3Outage } from './s3-outage';

type Failed = { status: string; error?: { code: string; message: string } };

let t: TestStack;
beforeAll(async () => {
  process.env.MAX_OBJECT_BYTES = String(1024 * 1024);
  t = await startTestStack();
});
afterAll(async () => t.stop());

/** Bad inputs and the failure each must end in (the README's table is built from this list). */
const BAD_INPUTS: [name: string, key: string, body: () => Uint8Array | string, code: string][] = [
  ['random bytes', 'incoming/bad/random.dat', () => randomBytes(4096), 'BINARY'],
  ['empty file', 'incoming/bad/empty.txt', () => '', 'EMPTY'],
  ['white space only', 'incoming/bad/blank.txt', () => ' \n\n\t ', 'EMPTY'],
  ['invalid JSON', 'incoming/bad/broken.json', () => '{"title": "x", "body": ', 'MALFORMED_JSON'],
  ['JSON without a body field', 'incoming/bad/nobody.json', () => '{"title": "only a title"}', 'NO_TEXT'],
  ['no words', 'incoming/bad/digits.txt', () => '123 456 789 --- ###', 'NO_TEXT'],
  ['over the size cap', 'incoming/bad/huge.txt', () => 'word '.repeat(300_000), 'TOO_LARGE'],
  ['a single line of 600 KB', 'incoming/bad/oneline.txt', () => 'a'.repeat(600_000), 'TOO_LARGE'],
  ['gzip bomb', 'incoming/bad/bomb.txt.gz', () => gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'TOO_LARGE'],
  [
    'corrupt gzip',
    'incoming/bad/corrupt.txt.gz',
    () => Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]),
    'DECOMPRESSION',
  ],
  [
    'HTML with no article text',
    'incoming/bad/empty.html',
    () => '<html><body><nav>Home</nav></body></html>',
    'NO_TEXT',
  ],
  ['PDF', 'incoming/bad/report.pdf', () => '%PDF-1.7 binary', 'UNSUPPORTED_FORMAT'],
  ['an image', 'incoming/bad/photo.png', () => randomBytes(4096), 'UNSUPPORTED_FORMAT'],
];

describe('bad input ends failed with a reason, and the stack keeps serving', () => {
  it.each(BAD_INPUTS)('%s', async (_name, key, body, code) => {
    await t.put(key, body());
    await t.settle();
    const { status, body: record } = await t.get<Failed>(`/articles/${articleId(key, 0)}`);
    expect(status).toBe(200);
    expect(record.status).toBe('failed');
    expect(record.error?.code).toBe(code);
    expect(record.error?.message.length).toBeGreaterThan(5);
    expect((await t.get('/health')).body).toMatchObject({ status: 'ok' });
  });

  it('leaves each failure as it is: a reconcile pass queues none of them again', async () => {
    const report = await t.stack.reconcile();
    expect(report.enqueued).toBe(0);
  });

  it('lists every failure under status=failed', async () => {
    const { body } = await t.get<{ items: { key: string; error: { code: string } }[] }>(
      '/articles?status=failed&limit=100',
    );
    expect(body.items.map((a) => a.key).sort()).toEqual(BAD_INPUTS.map(([, key]) => key).sort());
  });

  it('indexes a good file replacing a failed one at the same key', async () => {
    await t.put(
      'incoming/bad/broken.json',
      '{"title": "Fixed", "body": "Lina Park said the road was open."}',
    );
    await t.settle();
    const { body } = await t.get<Failed & { title: string }>(
      `/articles/${articleId('incoming/bad/broken.json', 0)}`,
    );
    expect(body).toMatchObject({ status: 'indexed', title: 'Fixed' });
    expect(body.error).toBeUndefined();
  });
  it('takes an indexed article out of the index when a bad file replaces it', async () => {
    const key = 'incoming/good-then-bad/story.txt';
    await t.put(key, 'Port reopens\n\n"We are open," Lina Park said on Monday.');
    await t.settle();
    const id = articleId(key, 0);
    type Listed = { items: { id: string }[] };
    expect(
      (await t.get<Listed>('/articles?entity=person.lina-park&limit=100')).body.items.map((a) => a.id),
    ).toContain(id);
    expect(
      (await t.get<Listed>('/claims?speaker=person.lina-park&limit=100')).body.items.length,
    ).toBeGreaterThan(0);

    await t.put(key, randomBytes(4096));
    await t.settle();
    const { body } = await t.get<Failed>(`/articles/${id}`);
    expect(body).toMatchObject({ status: 'failed', error: { code: 'BINARY' } });
    expect(
      (await t.get<Listed>('/articles?entity=person.lina-park&limit=100')).body.items.map((a) => a.id),
    ).not.toContain(id);
    const claims = (
      await t.get<{ items: { articleId: string }[] }>('/claims?speaker=person.lina-park&limit=100')
    ).body.items;
    expect(claims.map((c) => c.articleId)).not.toContain(id);
  });
});

/** The line of the stack's dead-letters file whose message names `key`. */
function deadLetterOf(key: string): { receiveCount: number; error: string; at: string } | undefined {
  return readFileSync(join(t.home, 'dead-letters.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.includes(encodeS3Key(key)))
    .map((line) => JSON.parse(line))[0];
}

describe('errors that outlast the retries', () => {
  it('records RETRIES_EXHAUSTED on the article and dead-letters the message', async () => {
    const key = 'incoming/unreadable.txt';
    const end = s3Outage(t, key);
    await t.put(key, 'Lina Park said the road was open.');
    await t.settle();
    const { body } = await t.get<Failed>(`/articles/${articleId(key, 0)}`);
    expect(body.status).toBe('failed');
    expect(body.error).toMatchObject({ code: 'RETRIES_EXHAUSTED' });
    expect(body.error?.message).toMatch(/simulated S3 outage/);
    expect(t.stack.queue.stats().deadLetters).toBe(1);
    // the dead letter says why, after how many receives, and when
    expect(deadLetterOf(key)).toMatchObject({
      keys: [key],
      receiveCount: 6,
      error: expect.stringMatching(/simulated S3 outage/),
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    end();
    // the failure names its version: reconcile leaves it until the file or the extractor changes
    expect((await t.stack.reconcile()).enqueued).toBe(0);
  });

  it('records why a file that does not fit in one run failed, and leaves no results behind', async () => {
    const key = 'incoming/huge-feed.ndjson';
    // 6,000 short articles take seconds to extract, far past the ~0.5 s a 1 s lease leaves (1,500 sometimes fit)
    const lines = Array.from({ length: 6000 }, (_, i) =>
      JSON.stringify({ title: `Part ${i}`, text: `Lina Park said the port would reopen on day ${i}.` }),
    );
    const deadBefore = t.stack.queue.stats().deadLetters;
    await t.put(key, lines.join('\n'));
    await t.settle(60_000);
    const { body } = await t.get<Failed>(`/articles/${articleId(key, 0)}`);
    expect(body.status).toBe('failed');
    expect(body.error).toMatchObject({ code: 'RETRIES_EXHAUSTED' });
    expect(body.error?.message).toMatch(
      /did not fit in one run of the ingest function: \d+ of 6000 articles extracted/,
    );
    expect(t.stack.queue.stats().deadLetters).toBe(deadBefore + 1);
    expect(deadLetterOf(key)?.error).toMatch(/^OutOfTimeError: the file did not fit in one run/);
    const results = await t.stack.clients.s3.send(
      new ListObjectsV2Command({ Bucket: t.stack.bucket, Prefix: `results/${articleId(key, 0)}` }),
    );
    expect(results.KeyCount ?? 0).toBe(0);
    expect((await t.stack.reconcile()).enqueued).toBe(0);
  });
});
