import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { ARTICLE, startTestStack, type TestStack } from './harness';

type Article = {
  id: string;
  status: string;
  title: string | null;
  error?: { code: string; message: string };
  entities?: { id: string; name: string }[];
  claims?: { speaker: { entityId: string } | null }[];
};
type Page<T> = { items: T[]; cursor: string | null };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

async function article(key: string, part = 0) {
  return t.get<Article>(`/articles/${articleId(key, part)}`);
}

describe('upload to answers', () => {
  it('indexes an uploaded article and serves its entities and claims', async () => {
    await t.put('incoming/news/flood.txt', ARTICLE);
    await t.settle();
    const { status, body } = await article('incoming/news/flood.txt');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'indexed', title: 'Riverton approves flood plan' });
    expect(body.entities?.map((e) => e.id)).toContain('person.elena-marsh');
    const found = await t.get<Page<{ id: string; name: string }>>('/entities?q=marsh');
    expect(found.body.items).toEqual([
      expect.objectContaining({ id: 'person.elena-marsh', name: 'Elena Marsh' }),
    ]);
    const claims = await t.get<Page<{ content: { text: string }; articleId: string }>>(
      '/claims?speaker=person.elena-marsh',
    );
    expect(claims.body.items).toHaveLength(1);
    expect(claims.body.items[0]?.content.text).toBe('This plan protects 12,000 homes');
    const profile = await t.get('/entities/person.elena-marsh');
    expect(profile.body).toMatchObject({ articleCount: 1, claimCount: 1, type: 'PERSON' });
    const list = await t.get<Page<{ id: string; source: string }>>('/articles?source=news');
    expect(list.body.items.map((a) => a.id)).toContain(articleId('incoming/news/flood.txt', 0));
  });

  it('changes nothing when the same object is delivered or uploaded again', async () => {
    const before = await article('incoming/news/flood.txt');
    await t.put('incoming/news/flood.txt', ARTICLE);
    await t.settle();
    const after = await article('incoming/news/flood.txt');
    expect(after.body).toEqual(before.body);
  });

  it('replaces the edges of a changed object, leaving no stale ones', async () => {
    await t.put('incoming/news/flood.txt', ARTICLE.replace(/Mayor Elena Marsh/g, 'Deputy Mayor Tom Reyes'));
    await t.settle();
    // no article mentions her any more: not found, as her profile
    const old = await t.get<Page<unknown>>('/entities/person.elena-marsh/articles');
    expect(old.status).toBe(404);
    expect((await t.get<Page<unknown>>('/claims?speaker=person.elena-marsh')).body.items).toEqual([]);
    expect((await t.get<Page<unknown>>('/articles?entity=person.elena-marsh')).body.items).toEqual([]);
    expect((await t.get<Page<unknown>>('/claims?speaker=person.tom-reyes')).body.items).toHaveLength(1);
  });

  it('finds articles mentioning several entities at once', async () => {
    await t.put('incoming/news/second.txt', 'Elena Marsh met David Okafor in Riverton on Friday.');
    await t.settle();
    const both = await t.get<Page<{ key: string }>>(
      '/articles?entity=person.david-okafor,person.elena-marsh',
    );
    expect(both.body.items.map((a) => a.key)).toEqual(['incoming/news/second.txt']);
  });

  it('serves claims about an entity, and by a speaker about an entity', async () => {
    const text =
      '"The barrier is needed in Riverton," Elena Marsh said. David Okafor said that the flood risk in Riverton was low.';
    await t.put('incoming/news/third.txt', text);
    await t.settle();
    type Claims = Page<{ content: { text: string }; speaker: { entityId: string } | null }>;
    const about = await t.get<Claims>('/claims?about=gpe.riverton');
    expect(about.body.items.map((c) => c.speaker?.entityId).sort()).toEqual([
      'person.david-okafor',
      'person.elena-marsh',
    ]);
    const both = await t.get<Claims>('/claims?speaker=person.elena-marsh&about=gpe.riverton');
    expect(both.body.items.map((c) => c.content.text)).toEqual(['The barrier is needed in Riverton']);
  });

  it('lists every entity, page by page, with or without a type', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page<{ id: string; type: string }> } = await t.get(
        `/entities?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((e) => e.id));
      cursor = res.body.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(
      expect.arrayContaining(['person.elena-marsh', 'person.david-okafor', 'gpe.riverton']),
    );
    const people = await t.get<Page<{ type: string }>>('/entities?type=PERSON&limit=100');
    expect(people.body.items.length).toBeGreaterThanOrEqual(2);
    expect(people.body.items.every((e) => e.type === 'PERSON')).toBe(true);
  });

  it('pages claims by claim, not by article, even inside an article', async () => {
    await t.put(
      'incoming/news/many-claims.txt',
      'Port talks\n\n"The port is open," Nadia Sorel said. "Ships are waiting," Nadia Sorel said. "Fees will fall," Nadia Sorel added.',
    );
    await t.put(
      'incoming/news/more-claims.txt',
      'Ferry news\n\n"The ferry runs on time," Nadia Sorel said on Monday.',
    );
    await t.settle();
    type Claims = Page<{ articleId: string; content: { text: string } }>;
    const all = (await t.get<Claims>('/claims?speaker=person.nadia-sorel&limit=1000')).body;
    expect(all.cursor).toBeNull();
    expect(all.items.length).toBeGreaterThanOrEqual(4);
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Claims = (
        await t.get<Claims>(`/claims?speaker=person.nadia-sorel&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      // full pages until the end; the one after the last claim may be empty (DynamoDB cannot tell the end before reading it)
      if (page.cursor) expect(page.items).toHaveLength(1);
      else expect(page.items.length).toBeLessThanOrEqual(1);
      paged.push(...page.items.map((c) => `${c.articleId} ${c.content.text}`));
      cursor = page.cursor;
      pages++;
    } while (cursor && pages < 20);
    expect(paged).toEqual(all.items.map((c) => `${c.articleId} ${c.content.text}`));
    expect((await t.get<Claims>('/claims?speaker=person.nadia-sorel&limit=2')).body.items).toHaveLength(2);
  });

  it('fills a filtered page up to its limit', async () => {
    for (const type of ['PERSON', 'GPE']) {
      const page = await t.get<Page<{ type: string }>>(`/entities?type=${type}&limit=1`);
      expect(page.body.items.map((e) => e.type)).toEqual([type]);
    }
    const indexed = await t.get<Page<{ status: string }>>('/articles?status=indexed&limit=2');
    expect(indexed.body.items.map((a) => a.status)).toEqual(['indexed', 'indexed']);
  });

  it('gives every article of a multi-article file its own record, found by the file key', async () => {
    const feed = [
      { title: 'One', text: 'Lina Park said the port would reopen.' },
      { title: 'Two', text: 'The port reopened.' },
    ];
    await t.put('incoming/feed.ndjson', feed.map((a) => JSON.stringify(a)).join('\n'));
    await t.settle();
    const list = await t.get<Page<{ id: string; title: string }>>(
      `/articles?key=${encodeURIComponent('incoming/feed.ndjson')}`,
    );
    expect(list.body.items.map((a) => a.title)).toEqual(['One', 'Two']);
    expect(list.body.items.map((a) => a.id)).toEqual([
      articleId('incoming/feed.ndjson', 0),
      articleId('incoming/feed.ndjson', 1),
    ]);
  });

  it('drops the articles a multi-article file no longer holds when it is replaced', async () => {
    const key = 'incoming/shrinking.ndjson';
    const feed = (texts: string[]) =>
      texts.map((text, i) => JSON.stringify({ title: `Part ${i}`, text })).join('\n');
    await t.put(
      key,
      feed([
        'Lina Park said the port would reopen.',
        'The port reopened.',
        'Omar Haddad said the ferry was late.',
      ]),
    );
    await t.settle();
    expect((await t.get<Page<unknown>>('/entities/person.omar-haddad/articles')).body.items).toHaveLength(1);

    await t.put(key, feed(['Lina Park said the port would reopen.']));
    await t.settle();
    const list = await t.get<Page<{ id: string }>>(`/articles?key=${encodeURIComponent(key)}`);
    expect(list.body.items.map((a) => a.id)).toEqual([articleId(key, 0)]);
    expect((await t.get(`/articles/${articleId(key, 2)}`)).status).toBe(404);
    expect((await t.get('/entities/person.omar-haddad/articles')).status).toBe(404);
  });

  it('removes an article and its edges when the object is deleted', async () => {
    await t.put('incoming/gone.txt', 'Omar Haddad said the bridge was safe.');
    await t.settle();
    expect((await article('incoming/gone.txt')).status).toBe(200);
    await t.remove('incoming/gone.txt');
    await t.settle();
    expect((await article('incoming/gone.txt')).status).toBe(404);
    expect((await t.get('/entities/person.omar-haddad/articles')).status).toBe(404);
  });

  it('finds an entity nowhere once every article mentioning it is deleted (a takedown)', async () => {
    const key = 'incoming/takedown.txt';
    const ids = async (path: string) => (await t.get<Page<{ id: string }>>(path)).body.items.map((e) => e.id);
    await t.put(key, 'Rosalind Quibell-Varga, a private citizen, said the road flooded.');
    await t.settle();
    const id = 'person.rosalind-quibell-varga';
    expect(await ids('/entities?q=rosalind')).toEqual([id]);
    expect(await ids('/entities?q=quibell-varga')).toEqual([id]);
    expect(await ids('/entities?type=PERSON&limit=1000')).toContain(id);
    await t.remove(key);
    await t.settle();
    expect(await ids('/entities?q=rosalind')).toEqual([]);
    expect(await ids('/entities?q=quibell-varga')).toEqual([]);
    expect(await ids('/entities?type=PERSON&limit=1000')).not.toContain(id);
    expect((await t.get(`/entities/${id}`)).status).toBe(404);
    // mentioned again, it is back
    await t.put(key, 'Rosalind Quibell-Varga said the road is open.');
    await t.settle();
    expect(await ids('/entities?q=rosalind')).toEqual([id]);
    expect((await t.get<{ articleCount: number }>(`/entities/${id}`)).body.articleCount).toBe(1);
  });

  it('finds an entity by a name the reviewed alias table gives it, before any article uses that name', async () => {
    await t.put('incoming/news/isis.txt', 'Officials said ISIS fighters left the town on Monday.');
    await t.settle();
    const ids = async (path: string) => (await t.get<Page<{ id: string }>>(path)).body.items.map((e) => e.id);
    expect(await ids('/entities?q=isis')).toContain('org.isis');
    expect(await ids('/entities?q=daesh')).toEqual(['org.isis']);
    expect(await ids('/entities?q=islamic%20state')).toEqual(['org.isis']);
  });

  it('round-trips keys with spaces, plus, percent, equals, colon and unicode', async () => {
    const key = 'incoming/odd names/a+b %20 c=d:e – café 東京.txt';
    await t.put(key, 'Lina Park visited Calder.');
    await t.settle();
    const { body } = await t.get<Page<{ key: string; status: string }>>(
      `/articles?key=${encodeURIComponent(key)}`,
    );
    expect(body.items).toEqual([expect.objectContaining({ key, status: 'indexed' })]);
  });
});
