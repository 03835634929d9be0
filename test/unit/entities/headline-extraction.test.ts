import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../functions/domain/extract/default';
import { ExtractedArticle } from '../../../functions/domain/model/document';
import { parseFile } from '../../../functions/domain/parse/index';

const BODY =
  'The company filed the claim in a Moscow court on Monday. It said the buyer had paid far too little for the unit.';

/** An article file through parsing and the trained extractor, as `claimtrail extract` runs it. */
async function extracted(key: string, content: string) {
  const [part] = await parseFile({ key, bytes: new TextEncoder().encode(content) });
  if (!part || !('article' in part)) throw new Error(`${key} did not parse`);
  return defaultExtractor().extract({
    id: 'h',
    sourceKey: key,
    part: 0,
    source: 'test',
    article: part.article,
  });
}

describe('the trained extractor on a name only the headline gives', () => {
  for (const [key, content] of [
    ['story.md', `# Gazprom faces claim over Yukos unit\n\n${BODY}\n`],
    ['story.txt', `Gazprom faces claim over Yukos unit\n\n${BODY}\n`],
    [
      'story.html',
      `<html><head><title>Gazprom faces claim over Yukos unit</title></head><body><article><h1>Gazprom faces claim over Yukos unit</h1><p>${BODY}</p><p>${BODY}</p><p>Lawyers for the firm said more claims would follow in the coming weeks.</p></article></body></html>`,
    ],
  ] as const) {
    it(`extracts it from ${key}, with its mention in the title`, async () => {
      const doc = ExtractedArticle.parse(await extracted(key, content));
      expect(doc.title).toBe('Gazprom faces claim over Yukos unit');
      expect(doc.text).not.toContain('Gazprom');
      const gazprom = doc.entities.find((e) => e.id === 'org.gazprom');
      expect(gazprom?.mentions).toEqual([]);
      expect(gazprom?.titleMentions).toEqual([{ start: 0, end: 7, text: 'Gazprom' }]);
      // every mention's offsets are valid where the model says they point
      for (const e of doc.entities) {
        for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        for (const m of e.titleMentions ?? []) expect(doc.title?.slice(m.start, m.end)).toBe(m.text);
      }
    });
  }
});
