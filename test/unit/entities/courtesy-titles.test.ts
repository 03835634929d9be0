import { describe, expect, it } from 'vitest';
import { linkEntities, linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { idsAndMentions, tagLongestFirst } from './helpers';

describe('a courtesy title', () => {
  it("is no part of a person's name: the titled surname joins the full name", () => {
    const text =
      'So says Baroness Jane Hollis, a neuroscientist. Baroness Hollis warned of risks. "Think first," Hollis said.';
    expect(
      idsAndMentions(text, [
        ['Jane Hollis', 'PER'],
        ['Baroness Hollis', 'PER'],
        ['Hollis', 'PER'],
      ]),
    ).toEqual([['person.jane-hollis', ['Jane Hollis', 'Hollis', 'Hollis']]]);
  });

  it('is kept as a role, and gives a surname-only person the id a bare surname has', () => {
    const text = 'Miss Atkins said the bill was flawed, and Baroness Farr agreed.';
    const entities = linkEntities(
      annotate(text),
      tagLongestFirst(text, [
        ['Miss Atkins', 'PER'],
        ['Baroness Farr', 'PER'],
      ]),
    );
    expect(entities.map((e) => [e.id, e.mentions.map((m) => m.text), e.roles])).toEqual([
      ['person.atkins', ['Atkins'], ['Miss']],
      ['person.farr', ['Farr'], ['Baroness']],
    ]);
  });

  it('stays in the mentions the attribution model sees', () => {
    const text = 'Baroness Farr agreed.';
    const tagged = tagLongestFirst(text, [['Baroness Farr', 'PER']]);
    const { entities, forAttribution } = linkForExtraction(annotate(text), tagged);
    expect(entities.map((e) => e.id)).toEqual(['person.farr']);
    expect(forAttribution.map((e) => e.id)).toEqual(['person.baroness-farr']);
  });

  it('is not a word of a name further in ("Sacha Baron Cohen", "Earl Scruggs")', () => {
    const text = 'Sacha Baron Cohen met Earl Scruggs.';
    expect(
      idsAndMentions(text, [
        ['Sacha Baron Cohen', 'PER'],
        ['Earl Scruggs', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.sacha-baron-cohen', 'person.earl-scruggs']);
  });
});
