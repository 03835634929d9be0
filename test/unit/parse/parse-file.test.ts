import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../functions/domain/model/errors';
import { type ParsedPart, parseFile } from '../../../functions/domain/parse/index';

const articles = (parts: ParsedPart[]) => parts.map((p) => ('article' in p ? p.article : null));

async function failure(key: string, body: string | Uint8Array, maxBytes = 10_000_000): Promise<InputError> {
  try {
    await parseFile(
      { key, bytes: typeof body === 'string' ? Buffer.from(body) : body },
      { maxBytes, maxLineChars: 1000, maxArticleChars: 5000 },
    );
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseFile', () => {
  it('reads a JSON object with the usual CMS field names', async () => {
    const body = JSON.stringify({
      headline: 'Bank holds rates',
      articleBody: 'The bank held rates at 4%.',
      author: [{ name: 'A. Writer' }],
      datePublished: '2026-02-05',
      url: 'https://news.example.com/x',
    });
    const [a] = articles(await parseFile({ key: 'a.json', bytes: Buffer.from(body) }));
    expect(a).toMatchObject({
      title: 'Bank holds rates',
      text: 'The bank held rates at 4%.',
      byline: 'A. Writer',
      published: '2026-02-05',
      url: 'https://news.example.com/x',
      language: 'en',
    });
  });

  it('gives one part per record of a JSON array or NDJSON file, and a failed part for a bad line', async () => {
    const array = await parseFile({
      key: 'a.json',
      bytes: Buffer.from(JSON.stringify([{ text: 'One story here.' }, { body: 'Two story here.' }])),
    });
    expect(articles(array).map((a) => a?.text)).toEqual(['One story here.', 'Two story here.']);
    const ndjson = await parseFile({
      key: 'feed.jsonl',
      bytes: Buffer.from('{"text":"First story here."}\n{not json}\n{"title":"no body"}\n'),
    });
    expect(ndjson).toHaveLength(3);
    expect('article' in (ndjson[0] as ParsedPart)).toBe(true);
    expect((ndjson[1] as { error: InputError }).error.code).toBe('MALFORMED_JSON');
    expect((ndjson[1] as { error: InputError }).error.message).toMatch(/line 2/);
    expect((ndjson[2] as { error: InputError }).error.code).toBe('NO_TEXT');
  });

  it('strips HTML from a JSON body field', async () => {
    const [a] = articles(
      await parseFile({
        key: 'a.json',
        bytes: Buffer.from(JSON.stringify({ body: '<p>First &amp; best.</p><p>Second.</p>' })),
      }),
    );
    expect(a?.text).toBe('First & best.\n\nSecond.');
  });

  it('reads Markdown: H1 title, front matter, plain paragraphs', async () => {
    const md =
      '---\ndate: 2026-03-14\nauthor: Staff\n---\n# Strike goes on\n\nThe **union** said [talks](http://x) failed.\n\n- one item\n';
    const [a] = articles(await parseFile({ key: 'story.md', bytes: Buffer.from(md) }));
    expect(a).toMatchObject({ title: 'Strike goes on', published: '2026-03-14', byline: 'Staff' });
    expect(a?.text).toBe('The union said talks failed.\n\none item');
  });

  it('reads .gz files of any format', async () => {
    const [a] = articles(
      await parseFile({ key: 'story.txt.gz', bytes: gzipSync('Headline here\n\nBody text of the story.') }),
    );
    expect(a?.title).toBe('Headline here');
  });

  it('fails with a reason: malformed JSON, empty, binary, too large, a megabyte line, no words, unsupported', async () => {
    expect((await failure('a.json', '{"title": ')).code).toBe('MALFORMED_JSON');
    expect((await failure('a.txt', '')).code).toBe('EMPTY');
    expect((await failure('a.txt', '   \n\t ')).code).toBe('EMPTY');
    expect((await failure('a.txt', Buffer.from(Array.from({ length: 300 }, (_, i) => i % 32)))).code).toBe(
      'BINARY',
    );
    expect((await failure('a.txt', 'x'.repeat(200), 100)).code).toBe('TOO_LARGE');
    expect((await failure('a.txt', `${'word '.repeat(400)}`)).message).toMatch(/single line/);
    expect((await failure('a.txt', '1234 5678 !!!')).code).toBe('NO_TEXT');
    expect((await failure('report.pdf', '%PDF-1.4')).code).toBe('UNSUPPORTED_FORMAT');
  });

  // a section page has many words, all in its links: "fewer than 3 words of text" alone read as a wrong count
  it('says a page with no sentence once its links are left out may be no article page', async () => {
    const links = Array.from(
      { length: 20 },
      (_, i) => `<li><a href="/s${i}">Minister says plan ${i} will cut waiting lists</a></li>`,
    );
    const page = `<html><body><main><h1>Latest news</h1><ul>${links.join('')}</ul></main></body></html>`;
    const err = await failure('index.html', page);
    expect(err.code).toBe('NO_TEXT');
    expect(err.message).toContain(
      "once the page's menus, links and other furniture were left out (is it an article page?)",
    );
    expect((await failure('a.txt', '1234 5678 !!!')).message).toBe(
      'no sentence was found: fewer than 3 words of text',
    );
  });

  it('fails an article longer than maxArticleChars, alone in a feed or as the whole file', async () => {
    const long = 'The port reopened today. '.repeat(300); // 7,500 characters
    const feed = [
      JSON.stringify({ title: 'Short', text: 'Lina Park said the port reopened.' }),
      JSON.stringify({ title: 'Long', text: long }),
    ];
    const parts = await parseFile(
      { key: 'feed.ndjson', bytes: Buffer.from(feed.join('\n')) },
      { maxBytes: 1_000_000, maxLineChars: 100_000, maxArticleChars: 5000 },
    );
    expect(articles(parts)[0]?.title).toBe('Short');
    expect(parts[1]).toMatchObject({ error: { code: 'TOO_LARGE' } });
    expect(String((parts[1] as { error: Error }).error.message)).toBe(
      'the article is 7499 characters of text; the limit is 5000',
    );
    expect((await failure('one.json', JSON.stringify({ text: long }))).code).toBe('TOO_LARGE');
  });

  it('caps decompression: a gzip bomb fails without inflating past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x61));
    const err = await failure('bomb.txt.gz', bomb, 100_000);
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/decompressed/);
  });

  it('sniffs the format when the key has no extension', async () => {
    const [a] = articles(
      await parseFile({
        key: 'incoming/upload',
        bytes: Buffer.from('{"title":"T","text":"Some body words."}'),
      }),
    );
    expect(a?.title).toBe('T');
  });
});
