import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../functions/domain/extract/default';
import { parseFile } from '../../../functions/domain/parse/index';

/** The page of the bug report: a one-word headline the trained tagger calls a person. */
const PAGE =
  '<html><body><h1>Head</h1><p>The council met on Tuesday to discuss the budget. Members agreed to raise spending on schools.</p></body></html>';

describe('the trained extractor on a page with a one-word headline', () => {
  it('makes no person of a common word the headline capitalised', async () => {
    const [part] = await parseFile({ key: 'page.html', bytes: new TextEncoder().encode(PAGE) });
    if (!part || !('article' in part)) throw new Error('the page did not parse');
    const doc = defaultExtractor().extract({
      id: 'h1',
      sourceKey: 'incoming/page.html',
      part: 0,
      source: 'test',
      article: part.article,
    });
    expect(doc.title).toBe('Head');
    expect(doc.entities.map((e) => e.id)).not.toContain('person.head');
  });
});
