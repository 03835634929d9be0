import { describe, expect, it } from 'vitest';
import { authorMentions } from '../../../functions/domain/entities/authors';
import { linkEntities, linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tag } from './helpers';

describe('authorMentions', () => {
  it('makes the capitalised author of a described document an ORG', () => {
    const text = 'According to an investigation by The Cradle, the army helped.';
    expect(authorMentions(text, [])).toEqual([
      {
        start: text.indexOf('The Cradle'),
        end: text.indexOf('The Cradle') + 10,
        text: 'The Cradle',
        type: 'ORG',
      },
    ]);
  });

  it('leaves authors the tagger found, and lower-case authors, alone', () => {
    const text = 'A study by Harvard University and a report by the inspectors general.';
    const harvard = { start: text.indexOf('Harvard'), end: text.indexOf(' and'), text: 'Harvard University' };
    expect(authorMentions(text, [{ ...harvard, type: 'ORG' }])).toEqual([]);
    expect(authorMentions(text, []).map((m) => m.text)).toEqual(['Harvard University']);
  });
});

describe('authorMentions on possessives', () => {
  it('skips a possessive author rather than keep a fragment of it', () => {
    expect(authorMentions("A survey by New York's mayor found gaps.", [])).toEqual([]);
  });
});

describe('linkForExtraction', () => {
  it('gives the document the rule-found author, and attribution the entities its trainer saw', () => {
    const text = 'According to an investigation by The Cradle, Patrick Ryder said the army helped.';
    const doc = annotate(text);
    const tagged = tag(text, [['Patrick Ryder', 'PER']]);
    const { entities, forAttribution } = linkForExtraction(doc, tagged);
    expect(entities.map((e) => e.name)).toContain('The Cradle');
    expect(forAttribution.map((e) => e.name)).not.toContain('The Cradle');
    expect(forAttribution).toEqual(linkEntities(doc, tagged, undefined, { document: false }));
  });

  it('links once when no author is found: both are the same list', () => {
    const text = 'Patrick Ryder said the army helped.';
    const { entities, forAttribution } = linkForExtraction(
      annotate(text),
      tag(text, [['Patrick Ryder', 'PER']]),
    );
    expect(forAttribution).toBe(entities);
  });
});
