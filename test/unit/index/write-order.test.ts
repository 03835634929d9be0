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
    expect(shapes(db.writes)).toEqual([
      ['put edge'],
      // the profile of the entity losing the edge is flagged first (mentioned.ts)
      ['update old#org.old'],
      ['delete edge'],
      ['put article'],
    ]);
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

describe('IndexWriter profile order', () => {
  const withProfile = (aliases: string[]): IndexedArticle => ({
    ...indexed(['person.jane-roe']),
    profiles: [{ id: 'person.jane-roe', name: 'Jane Roe', type: 'PERSON', aliases }],
  });

  it('writes a new entity’s name entries before its profile, which a retry reads to skip them', async () => {
    let writes = 0;
    // the profile's write fails: a crash between the two
    const db = memoryClient({ failWrites: () => ++writes === 2 });
    await expect(
      new IndexWriter(db.client, 't').writeArticles([withProfile(['J. Roe'])], [], []),
    ).rejects.toThrow();
    expect(shapes(db.writes)).toEqual([
      ['put j roe#person.jane-roe', 'put roe#person.jane-roe'],
      ['put edge', 'put article'],
    ]);
    await new IndexWriter(db.client, 't').writeArticles([withProfile(['J. Roe'])], [], []);
    const names = [...db.items.keys()].filter((k) => k.startsWith('NAME#')).sort();
    expect(names).toEqual([
      'NAME#j|j roe#person.jane-roe',
      'NAME#j|jane roe#person.jane-roe',
      'NAME#r|roe#person.jane-roe',
    ]);
  });

  it('merges a new entity’s profile beside the batch of the edges and the article item, after its name entries', async () => {
    const db = memoryClient();
    await new IndexWriter(db.client, 't').writeArticles([withProfile(['J. Roe'])], [], []);
    // the profile needs only its name entries before it
    expect(shapes(db.writes)).toEqual([
      ['put j roe#person.jane-roe', 'put roe#person.jane-roe'],
      ['update jane roe#person.jane-roe'],
      ['put edge', 'put article'],
    ]);
  });

  it('merges a new entity’s profile with the edges, before the stale items go and the article item', async () => {
    const db = memoryClient();
    const article = withProfile([]);
    const stale = keys.edge('org.old', DATE, article.article.id);
    await new IndexWriter(db.client, 't').writeArticles([article], [], [stale]);
    expect(shapes(db.writes)).toEqual([
      ['put roe#person.jane-roe'],
      ['update jane roe#person.jane-roe'],
      ['put edge'],
      ['update old#org.old'],
      ['delete edge'],
      ['put article'],
    ]);
  });

  it('writes a known entity’s new alias entries before adding the alias to its profile', async () => {
    const db = memoryClient();
    await new IndexWriter(db.client, 't').writeArticles([withProfile([])], [], []);
    const before = db.writes.length;
    await new IndexWriter(db.client, 't').writeArticles([withProfile(['J. Roe'])], [], []);
    expect(shapes(db.writes.slice(before))).toEqual([
      ['put j roe#person.jane-roe', 'put roe#person.jane-roe'],
      ['update jane roe#person.jane-roe'],
      ['put edge', 'put article'],
    ]);
    expect(db.items.get('NAME#j|jane roe#person.jane-roe')?.aliases).toEqual(new Set(['J. Roe']));
  });
});

describe('IndexWriter with concurrent articles in one container', () => {
  const about = (ids: string[]): IndexedArticle => ({
    ...indexed(ids),
    profiles: ids.map((id) => ({ id, name: id.slice(7).replace('-', ' '), type: 'PERSON', aliases: [] })),
  });
  const profileReads = (reads: string[][]) => reads.flat().filter((sk) => sk.includes('#person.'));

  it('reads and stores a new entity once when two articles meet it at the same time', async () => {
    const db = memoryClient();
    const writer = new IndexWriter(db.client, 't');
    await Promise.all([
      writer.writeArticles([about(['person.jane-roe'])], [], []),
      writer.writeArticles([about(['person.jane-roe'])], [], []),
    ]);
    expect(profileReads(db.reads)).toEqual(['jane roe#person.jane-roe']);
    expect(db.updates).toEqual(['jane roe#person.jane-roe']);
  });

  it('leaves the entity to the waiting article when the first one fails to store it', async () => {
    let batches = 0;
    const db = memoryClient({ failWrites: () => ++batches === 1 });
    const writer = new IndexWriter(db.client, 't');
    const [first, second] = await Promise.allSettled([
      writer.writeArticles([about(['person.jane-roe'])], [], []),
      writer.writeArticles([about(['person.jane-roe'])], [], []),
    ]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
    expect(db.items.has('NAME#j|jane roe#person.jane-roe')).toBe(true);
  });

  it('finishes when two articles meet the same new entities in opposite orders', async () => {
    const db = memoryClient();
    const writer = new IndexWriter(db.client, 't');
    await Promise.all([
      writer.writeArticles([about(['person.ann-lee', 'person.bo-kim'])], [], []),
      writer.writeArticles([about(['person.bo-kim', 'person.ann-lee'])], [], []),
    ]);
    expect(profileReads(db.reads).sort()).toEqual(['ann lee#person.ann-lee', 'bo kim#person.bo-kim']);
  });
});
