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
