import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type ErrorBody = { error: { code: string; message: string } };
type Page<T> = { items: T[]; cursor: string | null };

const story = (date: string, title: string, body: string) =>
  `---\ndate: ${date}\n---\n# ${title}\n\n${body}\n`;
const WONG = '"We will rebuild the harbour," Mayor Walter Wong said on Tuesday.';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
  for (let day = 1; day <= 5; day++)
    await t.put(`incoming/c/${day}.md`, story(`2026-03-0${day}`, `Harbour day ${day}`, WONG));
  await t.put(
    'incoming/k/park.md',
    story(
      '2026-02-01',
      'Harbour row',
      '"Walter Wong is wrong about the harbour," Omar Haddad said on Monday. "Walter Wong should resign," Omar Haddad said. "Walter Wong misled the council," Omar Haddad added.',
    ),
  );
  await t.put(
    'incoming/f/feed.ndjson',
    '{"title":"One","body":"Lina Park spoke."}\n{"title":"Two","body":"Lina Park spoke again."}\n',
  );
  await t.settle();
});
afterAll(async () => t.stop());

async function cursorOf(path: string): Promise<string> {
  const res = await t.get<Page<unknown>>(path);
  expect(res.status).toBe(200);
  expect(res.body.cursor).toBeTruthy();
  return res.body.cursor as string;
}

describe('a cursor reused with other filters, or forged', () => {
  it.each([
    ['/articles?limit=2', '/articles?limit=2&to=2026-03-01'],
    ['/articles?source=c&limit=2', '/articles?source=c&limit=2&from=2026-03-05'],
    ['/articles?limit=2', '/articles?limit=2&status=failed'],
    ['/articles?limit=2', '/articles?limit=2&source=c'],
    ['/articles?source=c&limit=2', '/articles?source=c&limit=2&to=2026-03-01'],
    [
      '/articles?entity=person.walter-wong&limit=2',
      '/articles?entity=person.walter-wong&limit=2&to=2026-03-01',
    ],
    ['/articles?entity=person.walter-wong&limit=2', '/articles?entity=person.walter-wong&from=2026-03-05'],
    ['/entities?q=w&limit=1', '/entities?q=wo&limit=1'],
  ])('a cursor of %s answers 400 BAD_CURSOR on %s', async (first, second) => {
    const cursor = await cursorOf(first);
    const res = await t.get<ErrorBody>(`${second}&cursor=${cursor}`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
  });

  // a claims cursor counts the claims of one query served in an article: any other query would skip others
  it.each([
    ['/claims?speaker=person.walter-wong&limit=2', '/claims?about=person.walter-wong'],
    ['/claims?about=person.walter-wong&limit=2', '/claims?speaker=person.walter-wong'],
    [
      '/claims?speaker=person.omar-haddad&limit=1',
      '/claims?speaker=person.omar-haddad&about=person.walter-wong',
    ],
    [
      '/claims?speaker=person.omar-haddad&about=person.walter-wong&limit=1',
      '/claims?speaker=person.omar-haddad',
    ],
    // a page that ends inside the first article has no edge to tie its cursor to a partition
    ['/claims?speaker=person.omar-haddad&limit=1', '/claims?speaker=person.walter-wong'],
  ])('a claims cursor of %s answers 400 BAD_CURSOR on %s', async (first, second) => {
    const cursor = await cursorOf(first);
    const res = await t.get<ErrorBody>(`${second}&cursor=${cursor}`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
  });

  it('resumes a claims cursor on the query it came from, at any limit', async () => {
    type Claims = Page<{ content: { text: string } }>;
    const all = (await t.get<Claims>('/claims?speaker=person.omar-haddad&about=person.walter-wong')).body;
    expect(all.items).toHaveLength(3);
    const cursor = await cursorOf('/claims?speaker=person.omar-haddad&about=person.walter-wong&limit=1');
    const rest = await t.get<Claims>(
      `/claims?about=person.walter-wong&speaker=person.omar-haddad&limit=5&cursor=${cursor}`,
    );
    expect(rest.status).toBe(200);
    expect(rest.body.items.map((c) => c.content.text)).toEqual(all.items.slice(1).map((c) => c.content.text));
  });

  it.each([
    { gsi3pk: 'ARTICLES' },
    { gsi3pk: 'ARTICLES', gsi3sk: '2026-03-04#x' },
    { pk: 'ART#x', sk: 'ART', gsi3pk: 'ARTICLES', gsi3sk: '2026-03-04#x', gsi1pk: 'STATUS#failed' },
    { pk: 'ART#x', sk: 'ART', gsi3pk: 'ARTICLES', gsi3sk: '2026-03-04#x' },
  ])('a forged cursor %j answers 400 BAD_CURSOR where the query cannot resume from it', async (key) => {
    const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
    const res = await t.get<ErrorBody>(`/articles?to=2026-03-03&cursor=${cursor}`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
  });

  it.each([
    [
      '/entities/person.walter-wong/articles',
      { pk: 'ENT#person.walter-wong', sk: `ART#${'z'.repeat(1100)}` },
    ],
    ['/articles', { pk: 'ART#x', sk: 'ART', gsi3pk: 'ARTICLES', gsi3sk: `2026-03-04${'0'.repeat(1100)}` }],
    ['/entities?q=w', { pk: 'NAME#w', sk: `w${'z'.repeat(1100)}` }],
  ])(
    'a forged cursor with a key over DynamoDB’s size limit answers 400 BAD_CURSOR on %s',
    async (path, key) => {
      const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
      const res = await t.get<ErrorBody>(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
    },
  );

  it('still resumes a cursor the narrower query can resume from', async () => {
    const cursor = await cursorOf('/articles?source=c&limit=2');
    const res = await t.get<Page<{ title: string }>>(
      `/articles?source=c&limit=2&to=2026-03-04&cursor=${cursor}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((a) => a.title)).toEqual(['Harbour day 3', 'Harbour day 2']);
  });
});

describe('GET /articles?key=', () => {
  it('lists a file’s articles', async () => {
    const res = await t.get<Page<{ title: string }>>('/articles?key=incoming/f/feed.ndjson');
    expect(res.body.items.map((a) => a.title)).toEqual(['One', 'Two']);
  });

  it.each([
    ['&status=failed&limit=1', 'status, limit'],
    ['&limit=1', 'limit'],
    ['&entity=person.walter-wong', 'entity'],
    ['&from=2026-03-01', 'from'],
  ])('refuses key= with %s, which it would ignore', async (extra, named) => {
    const res = await t.get<ErrorBody>(`/articles?key=incoming/f/feed.ndjson${extra}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('key');
    expect(res.body.error.message).toContain(named);
  });
});

describe('entity= with an empty name', () => {
  it.each([
    '/articles?entity=person.walter-wong&entity=',
    '/articles?entity=&entity=person.walter-wong',
    '/articles?entity=person.walter-wong,,gpe.port-calder',
    '/articles?entity=person.walter-wong,',
  ])('%s answers 400 naming entity', async (path) => {
    const res = await t.get<ErrorBody>(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('entity');
  });
});

describe('GET /entities?q= paged', () => {
  it('lists an entity found by its name and its surname once across pages', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page<{ id: string }> } = await t.get(
        `/entities?q=w&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      ids.push(...res.body.items.map((e) => e.id));
      cursor = res.body.cursor;
    } while (cursor);
    expect(ids).toContain('person.walter-wong');
    expect(ids).toEqual([...new Set(ids)]);
    // the surname alone still finds him
    const bySurname = await t.get<Page<{ id: string }>>('/entities?q=wong');
    expect(bySurname.body.items.map((e) => e.id)).toEqual(['person.walter-wong']);
  });

  it('finds a surname with a particle by the surname alone, and with its particle', async () => {
    await t.put(
      'incoming/s/sudani.txt',
      'Baghdad talks\n\n"We will rebuild the harbour," Prime Minister Mohammed Shia al-Sudani said on Tuesday.',
    );
    await t.settle();
    for (const q of ['sudani', 'al-sudani', 'Al-Sud', 'mohammed%20shia%20al-sudani']) {
      const res = await t.get<Page<{ id: string }>>(`/entities?q=${q}`);
      expect(
        res.body.items.map((e) => e.id),
        q,
      ).toEqual(['person.mohammed-shia-al-sudani']);
    }
  });
});

describe('GET /claims?speaker= with a joint source', () => {
  it('finds the claims of every member of "A and B said", and counts them on each one\'s article', async () => {
    await t.put(
      'incoming/j/joint.md',
      story(
        '2026-04-01',
        'Harbour sale',
        '"We will not sell the harbour," Dan Halloran and Eva Quist said. "The council misled us," they said.',
      ),
    );
    await t.settle();
    type Claims = Page<{ content: { text: string } }>;
    for (const id of ['person.dan-halloran', 'person.eva-quist']) {
      const res = await t.get<Claims>(`/claims?speaker=${id}`);
      expect(
        res.body.items.map((c) => c.content.text),
        id,
      ).toEqual(['We will not sell the harbour', 'The council misled us']);
      const articles = await t.get<Page<{ claimsMade: number }>>(`/entities/${id}/articles`);
      expect(
        articles.body.items.map((a) => a.claimsMade),
        id,
      ).toEqual([2]);
    }
  });
});

describe('claims list items say which extractor made them', () => {
  it.each(['/claims?speaker=person.omar-haddad', '/claims?about=person.walter-wong'])(
    'every item of %s has its extractorVersion',
    async (path) => {
      const { body } = await t.get<Page<{ extractorVersion?: string }>>(path);
      expect(body.items.length).toBeGreaterThan(0);
      for (const item of body.items) expect(item.extractorVersion).toMatch(/^\d+\+/);
    },
  );
});
