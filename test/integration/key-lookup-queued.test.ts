import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type Page = { items: { id: string; status: string }[]; cursor: string | null };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

describe('GET /articles?key= for a posted file ingest has not read yet', () => {
  it('lists its queued article, as GET /articles/{id} and ?status=queued show it', async () => {
    // no bucket event: the file waits with its queued record and no ledger, as it does until ingest runs
    const posted = await t.eventsLost(() =>
      t.post<{ id: string; key: string }>('/articles', 'Ines Varga said the ferry would run again.', {
        'content-type': 'text/plain',
        'x-filename': 'ferry.txt',
      }),
    );
    expect(posted.status).toBe(202);
    expect((await t.get<{ status: string }>(`/articles/${posted.body.id}`)).body.status).toBe('queued');

    const res = await t.get<Page>(`/articles?key=${encodeURIComponent(posted.body.key)}`);
    expect(res.body.items).toEqual([expect.objectContaining({ id: posted.body.id, status: 'queued' })]);
  });

  it('lists nothing for a key no file had', async () => {
    const res = await t.get<Page>('/articles?key=incoming/never/was.txt');
    expect(res).toMatchObject({ status: 200, body: { items: [], cursor: null } });
  });
});
