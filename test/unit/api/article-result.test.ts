import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../functions/domain/index/records';
import { invokeApi } from './invoke';

const record: ArticleRecord = {
  id: 'aTest',
  key: 'incoming/t.txt',
  part: 0,
  status: 'indexed',
  title: 'A title',
  source: 'local',
  published: null,
  byline: null,
  url: null,
  language: 'en',
  date: '2026-01-02',
  extractorVersion: 'v1',
  contentHash: 'h',
  resultKey: 'results/aTest.json',
  entityIds: [],
  claimCount: 0,
  error: null,
  updatedAt: '2026-01-02T00:00:00.000Z',
};

/** GET /articles/aTest through the whole API handler, the results object holding `stored` (null: none). */
async function getArticle(stored: string | null) {
  return invokeApi(
    {
      index: { getArticles: async () => [record], getLedger: async () => null },
      objects: {
        get: async () => (stored === null ? null : { key: 'k', etag: 'e', bytes: Buffer.from(stored) }),
      },
    },
    { path: '/articles/aTest' },
  );
}

describe('GET /articles/{id} when the extraction result is unusable', () => {
  it('answers the record with its text when the result is there', async () => {
    const { status, body } = await getArticle(JSON.stringify({ text: 'Body text.', claims: [] }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'aTest', text: 'Body text.', claims: [] });
  });

  it('answers 502 RESULT_MISSING, naming the object, when the result is gone', async () => {
    const { status, body } = await getArticle(null);
    expect(status).toBe(502);
    expect(body.error.code).toBe('RESULT_MISSING');
    expect(body.error.message).toContain('results/aTest.json');
  });

  it.each(['{"text": "cut off', 'not json', '[1, 2]', '"a string"', 'null'])(
    'answers 502 RESULT_UNREADABLE when the result holds %s',
    async (stored) => {
      const { status, body } = await getArticle(stored);
      expect(status).toBe(502);
      expect(body.error.code).toBe('RESULT_UNREADABLE');
      expect(body.error.message).toContain('results/aTest.json');
    },
  );
});
