import { describe, expect, it } from 'vitest';
import { InputError } from '../../../functions/domain/model/errors';
import { type ParsedArticle, parseFile } from '../../../functions/domain/parse/index';

const BODY = 'Councillor Ada Brook said the library will open on Sundays from June.';

/** Input with no extension or content type, as the CLI reads stdin: the format is sniffed from the text. */
async function sniffed(text: string): Promise<ParsedArticle> {
  const [part] = await parseFile({ key: '-', bytes: Buffer.from(text) });
  if (!part || 'error' in part) throw part?.error ?? new Error('no part');
  return part.article;
}

describe('format sniffing of input with no known extension', () => {
  it('reads HTML that starts with a comment or an XML declaration', async () => {
    const page = `<html><head><title>Library hours</title></head><body><p>${BODY}</p></body></html>`;
    for (const prologue of [
      '<!-- saved from a browser -->\n',
      '  \n<!-- a -->\n<!-- b -->',
      '<?xml version="1.0"?>\n',
    ]) {
      const article = await sniffed(prologue + page);
      expect(article.title).toBe('Library hours');
      expect(article.text).toBe(BODY);
    }
  });

  it('reads an HTML fragment that starts with a heading, a section or an inline tag', async () => {
    for (const fragment of [
      `<h1>Library hours</h1>\n<p>${BODY}</p>`,
      `<section><p>${BODY}</p></section>`,
      `<span class="lede">${BODY}</span>`,
      `<p hidden>Draft</p><p>${BODY}</p>`,
    ]) {
      const article = await sniffed(fragment);
      expect(article.text, fragment).toContain(BODY);
      expect(article.text, fragment).not.toContain('<');
      expect(article.title ?? '', fragment).not.toContain('<');
    }
  });

  it('reads text that opens with a "<" but no tag as text', async () => {
    for (const head of [
      '<3 Library to open on Sundays',
      '<a note to readers> Library hours',
      '<Updated> Library hours',
    ]) {
      expect((await sniffed(`${head}\n\n${BODY}`)).title).toBe(head);
    }
  });

  it('reads text that starts with a bracket as text, not as bad JSON', async () => {
    const article = await sniffed(`[Updated] Library to open on Sundays\n\n${BODY}`);
    expect(article.title).toBe('[Updated] Library to open on Sundays');
    expect(article.text).toBe(BODY);
  });

  it('still reads a JSON array of articles, and reports a broken one as JSON', async () => {
    expect((await sniffed(`[\n  {"title": "Hours", "text": "${BODY}"}\n]`)).title).toBe('Hours');
    const err = await parseFile({ key: '-', bytes: Buffer.from(`[{"title": "Hours" "text": "x"}]`) }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('MALFORMED_JSON');
  });

  it('reads a JSON array of strings as JSON, and refuses it as a .json file is refused', async () => {
    const bytes = Buffer.from(JSON.stringify([BODY, 'The mayor said "Sundays" twice.']));
    for (const key of ['-', 'articles.json']) {
      const err = await parseFile({ key, bytes }).catch((e: unknown) => e);
      expect(err, key).toMatchObject({ code: 'NO_TEXT', message: expect.stringMatching(/array of strings/) });
    }
  });

  it('takes title, date and author from front matter, and leaves it out of the text', async () => {
    const article = await sniffed(
      `---\ntitle: Library hours\ndate: 2024-03-01\nauthor: Sam Reed\n---\n\n${BODY}\n`,
    );
    expect(article).toMatchObject({
      title: 'Library hours',
      published: '2024-03-01',
      byline: 'Sam Reed',
      text: BODY,
    });
  });
});
