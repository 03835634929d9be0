import { describe, expect, it } from 'vitest';
import { IndexWriter } from '../../../functions/commons/dynamo/writes';
import { keys } from '../../../functions/domain/index/keys';
import type { EdgeRecord } from '../../../functions/domain/index/records';
import { failedRecord, type IndexedArticle } from '../../../functions/domain/index/records-for';
import { memoryClient } from './memory-client';

const DATE = '2026-01-02';

function indexed(entityIds: string[]): IndexedArticle {
  const base = failedRecord('incoming/a.txt', 0, 's', { code: 'X', message: 'x' }, DATE);
  const edge = (entityId: string): EdgeRecord => ({
    entityId,
    articleId: base.id,
    date: DATE,
    title: null,
    name: entityId,
    type: 'ORG',
    mentions: 1,
    roles: [],
    said: [],
    about: [],
  });
  return {
    article: { ...base, status: 'indexed', error: null, entityIds },
    edges: entityIds.map(edge),
    claims: null,
    profiles: [],
  };
}

/** The write batches, each reduced to the kinds of what it put or deleted. */
const shapes = (writes: string[][]) =>
  writes.map((batch) => batch.map((w) => w.replace(/ ART#.*/, ' edge').replace(/ ART$/, ' article')));

describe('IndexWriter write order', () => {
  it('writes edges and the article item in one batch when nothing is stale', async () => {
    const db = memoryClient();
    await new IndexWriter(db.client, 't').writeArticles([indexed(['org.a', 'org.b'])], [], []);
    expect(shapes(db.writes)).toEqual([['put edge', 'put edge', 'put article']]);
  });

  it('puts edges before removing stale ones, and the article item only after both', async () => {
    const db = memoryClient();
    const article = indexed(['org.a']);
    const stale = keys.edge('org.old', DATE, article.article.id);
    await new IndexWriter(db.client, 't').writeArticles([article], [], [stale]);
    // a crash at any step leaves the old article item, which still lists the stale edge for the retry
    expect(shapes(db.writes)).toEqual([['put edge'], ['delete edge'], ['put article']]);
  });

  it('chunks a large article into batches of 25, the article item in the last one', async () => {
    const db = memoryClient();
    const ids = Array.from({ length: 30 }, (_, i) => `org.e${i}`);
    await new IndexWriter(db.client, 't').writeArticles([indexed(ids)], [], []);
    expect(db.writes.map((b) => b.length)).toEqual([25, 6]);
    expect(db.writes.at(-1)?.at(-1)).toBe('put ART');
    expect(db.items.size).toBe(31);
  });
});
