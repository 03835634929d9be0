import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { localContext } from '../../local/lambda-context';
import { capturedBatch, startTestStack, type TestStack } from './harness';

type Page = { items: { key: string }[]; cursor: string | null };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

describe('folder markers (zero-byte keys ending in "/", as the S3 console’s "Create folder" makes)', () => {
  const MARKER = 'incoming/odd/';

  it('make no article, no failure and no ledger, by event or by reconcile', async () => {
    await t.put(MARKER, '');
    await t.put(`${MARKER}story.txt`, 'Port reopens\n\n"We are open," Lina Park said.');
    await t.settle();
    expect((await t.get<Page>('/articles?status=failed')).body.items).toEqual([]);
    expect((await t.get(`/articles/${articleId(MARKER, 0)}`)).status).toBe(404);
    expect((await t.get<Page>(`/articles?key=${MARKER}`)).body.items).toEqual([]);
    // the file inside the folder is an article as any other
    expect((await t.get<Page>(`/articles?key=${MARKER}story.txt`)).body.items).toHaveLength(1);

    const { sent, batch } = capturedBatch(t);
    const report = await batch({ mode: 'full' }, localContext('batch', 900_000));
    expect(report).toMatchObject({ listed: 1, enqueued: 0, folderMarkers: 1 });
    expect(sent).toEqual([]);
  });
});
