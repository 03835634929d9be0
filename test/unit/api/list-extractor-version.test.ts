import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../functions/domain/index/records';
import { invokeApi } from './invoke';

const KEY = 'incoming/feeds/port.xml';
const indexed = (part: number, extractorVersion: string | null): ArticleRecord => ({
  id: `a${part}`,
  key: KEY,
  part,
  status: 'indexed',
  title: `Port story ${part}`,
  source: 'feeds',
  published: null,
  byline: null,
  url: null,
  language: 'en',
  date: '2026-12-07',
  extractorVersion,
  contentHash: null,
  resultKey: `results/a${part}.json`,
  entityIds: [],
  claimCount: 0,
  error: null,
  updatedAt: '2026-12-07T00:00:00.000Z',
});

describe('list items say which extractor made them, where the record read holds it', () => {
  it('GET /articles?key= shows each article its version, so one still on the old extractor shows', async () => {
    const index = {
      getLedger: async () => ({ key: KEY, articleIds: ['a0', 'a1'] }),
      getArticles: async () => [indexed(1, '47+abc'), indexed(0, '46+def')],
    };
    const { status, body } = await invokeApi({ index }, { path: `/articles?key=${KEY}` });
    expect(status).toBe(200);
    expect(body.items.map((i: { extractorVersion?: string }) => i.extractorVersion)).toEqual([
      '46+def',
      '47+abc',
    ]);
  });

  it('an item whose record holds none (queued, failed, or read from an index that does not project it) has no field, not null', async () => {
    const item = { ...indexed(0, null), status: 'queued' as const };
    const listArticles = async () => ({ items: [item], cursor: null });
    const { body } = await invokeApi({ index: { listArticles } }, { path: '/articles?status=queued' });
    expect(body.items).toHaveLength(1);
    expect('extractorVersion' in body.items[0]).toBe(false);
  });
});
