import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

const named = (text: string, tagged: Parameters<typeof tagLongestFirst>[1]) =>
  linkEntities(annotate(text), tagLongestFirst(text, tagged)).map((e) => [
    e.name,
    e.type,
    e.mentions.map((m) => m.text),
  ]);

describe('a post in capitals the tagger took into a name', () => {
  it('is cut off: a station before a DJ is a body, a seat before an MP a place', () => {
    const text =
      'Harbour Radio DJ Jo Penn said it was great. Harbour Radio agreed. The Wexley North MP, who resigned, left.';
    expect(
      named(text, [
        ['Harbour Radio DJ', 'ORG'],
        ['Jo Penn', 'PER'],
        ['Harbour Radio', 'ORG'],
        ['Wexley North MP', 'LOC'],
      ]),
    ).toEqual([
      ['Harbour Radio', 'ORG', ['Harbour Radio', 'Harbour Radio']],
      ['Jo Penn', 'PERSON', ['Jo Penn']],
      ['Wexley North', 'GPE', ['Wexley North']],
    ]);
  });

  it('leaves a name opening on a nationality', () => {
    const text = 'French Green MEP Paul Roux warned them.';
    expect(
      named(text, [
        ['French Green MEP', 'MISC'],
        ['Paul Roux', 'PER'],
      ]).map(([name]) => name),
    ).toEqual(['French Green MEP', 'Paul Roux']);
  });
});
