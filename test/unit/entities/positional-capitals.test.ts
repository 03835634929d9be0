import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const ids = (text: string, spans: Parameters<typeof entitiesOf>[1]) =>
  entitiesOf(text, spans).map((e) => e.id);

describe('a common word capitalised only by its place', () => {
  it('is no person as a one-word headline', () => {
    const text = 'Head\n\nThe council met on Tuesday to discuss the budget.';
    expect(ids(text, [['Head', 'PER']])).toEqual([]);
  });

  it('is no person at the start of a sentence or of a quotation', () => {
    const text = 'Care is needed. He said: "Hope is all we have."';
    expect(
      ids(text, [
        ['Care', 'PER'],
        ['Hope', 'PER'],
      ]),
    ).toEqual([]);
  });

  it('is no person as a connective opening a sentence or a quotation', () => {
    const text = 'He said: "However, it will not happen." However, they left.';
    expect(ids(text, [['However', 'PER']])).toEqual([]);
  });

  it('is no person as an adverb in -ly opening a quotation', () => {
    expect(ids('He said: "Naturally, I was afraid."', [['Naturally', 'PER']])).toEqual([]);
  });

  it('keeps a name ending in -ly that is no adverb, whatever opens it', () => {
    const text = 'Ranked: 14 Ana Lo (Italy). He said: "Lilly documents were lost."';
    expect(
      ids(text, [
        ['Ana Lo', 'PER'],
        ['Italy', 'LOC'],
        ['Lilly', 'ORG'],
      ]),
    ).toEqual(['person.ana-lo', 'gpe.italy', 'org.lilly']);
  });

  it('stays a person written with a capital mid-sentence, with a given name or an honorific', () => {
    const midSentence = 'Head said no. Critics of Head were loud.';
    const fullName = 'Patrick Head joined. Head said no.';
    const honoured = 'Head said no, Mr Head told the BBC.';
    expect(ids(midSentence, [['Head', 'PER']])).toEqual(['person.head']);
    expect(
      ids(fullName, [
        ['Patrick Head', 'PER'],
        ['Head', 'PER'],
      ]),
    ).toEqual(['person.patrick-head']);
    expect(ids(honoured, [['Head', 'PER']])).toEqual(['person.head']);
  });

  it('stays a person when the word is a name rather than a common word', () => {
    expect(ids('Blair said no.', [['Blair', 'PER']])).toEqual(['person.blair']);
  });
});
