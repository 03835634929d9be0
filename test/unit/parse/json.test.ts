import { describe, expect, it } from 'vitest';
import { InputError } from '../../../functions/domain/model/errors';
import { parseJson } from '../../../functions/domain/parse/json';
import type { ParsedArticle } from '../../../functions/domain/parse/types';

const only = (raw: string): ParsedArticle => {
  const [part] = parseJson(raw);
  if (!part || 'error' in part) throw part?.error ?? new Error('no part');
  return part.article;
};

const failure = (raw: string): InputError => {
  try {
    parseJson(raw);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
};

describe('parseJson', () => {
  it('decodes HTML character references in a body with no tags, keeping its paragraphs', () => {
    const article = only(
      JSON.stringify({
        title: 'Smith &amp; Co fined',
        author: 'Kim O&#39;Neil',
        body: 'Smith &amp; Co said &quot;no&quot; &#8212; twice.\n\nThe fine stands.',
      }),
    );
    expect(article.title).toBe('Smith & Co fined');
    expect(article.byline).toBe("Kim O'Neil");
    expect(article.text).toBe('Smith & Co said "no" \u2014 twice.\n\nThe fine stands.');
  });

  it('takes the opening <h1> of an HTML body as the headline, not as the first paragraph', () => {
    const body = '<h1>Ferry fares rise</h1><p>Fares go up in May.</p><h1>Later heading</h1><p>More.</p>';
    const titled = only(JSON.stringify({ title: 'Ferry fares rise', body }));
    expect(titled.title).toBe('Ferry fares rise');
    expect(titled.text).toBe('Fares go up in May.\n\nLater heading\n\nMore.');
    const untitled = only(JSON.stringify({ body }));
    expect(untitled.title).toBe('Ferry fares rise');
    expect(untitled.text).toBe('Fares go up in May.\n\nLater heading\n\nMore.');
    // A body that is one heading keeps it as its text.
    expect(only(JSON.stringify({ body: '<h1>Fares go up in May</h1>' })).text).toBe('Fares go up in May');
  });

  it('leaves text with no character references as written', () => {
    expect(only(JSON.stringify({ text: 'AT&T said 3 < 4 & so on.' })).text).toBe('AT&T said 3 < 4 & so on.');
  });

  it('joins a body given as a list of paragraphs', () => {
    const article = only(JSON.stringify({ text: ['The dam held. ', '', 'Engineers checked it twice.'] }));
    expect(article.text).toBe('The dam held.\n\nEngineers checked it twice.');
    expect(only(JSON.stringify({ body: ['<p>The dam held.</p>', '<p>It rained.</p>'] })).text).toBe(
      'The dam held.\n\nIt rained.',
    );
  });

  it('refuses an array of strings with one reason, not one failure per string', () => {
    const err = failure(JSON.stringify(['The dam held.', 'Engineers checked it twice.']));
    expect(err.code).toBe('NO_TEXT');
    expect(err.message).toMatch(/array of strings.*body or text field/);
  });

  it('keeps the JSON parser message, with line and column, for broken multi-line JSON', () => {
    const err = failure(
      '{\n  "title": "Dam holds",\n  "text": "The dam held."\n  "url": "https://x.example"\n}\n',
    );
    expect(err.code).toBe('MALFORMED_JSON');
    expect(err.message).toMatch(/^invalid JSON: .*\(line 4 column 3\)$/);
  });

  it('still reads NDJSON in a .json file, a bad line failing alone', () => {
    const parts = parseJson('{"text": "The dam held overnight."}\n{broken\n');
    expect(parts).toHaveLength(2);
    expect('article' in (parts[0] as object)).toBe(true);
    expect(parts[1]).toMatchObject({
      error: { code: 'MALFORMED_JSON', message: expect.stringMatching(/^line 2:/) },
    });
  });
});
