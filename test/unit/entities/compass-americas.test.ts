import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const view = (text: string, spans: [string, TaggerType][], document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans), undefined, { document }).map((e) => [
    e.id,
    e.mentions.map((m) => m.text),
  ]);

describe('"America" after a lower-case compass point', () => {
  it('is the continent, joined to North America where the article names it, in the document view only', () => {
    const text = 'Sales rose in North America. A cold spell in north America would cut supplies to America.';
    const tagged: [string, TaggerType][] = [
      ['North America', 'LOC'],
      ['America', 'LOC'],
    ];
    expect(view(text, tagged)).toEqual([
      ['gpe.north-america', ['North America', 'north America']],
      ['gpe.united-states', ['America']],
    ]);
    expect(view(text, tagged, false)).toEqual([
      ['gpe.north-america', ['North America']],
      ['gpe.united-states', ['America', 'America']],
    ]);
  });

  it('makes South America of "south America" alone, and leaves "northern America" to the US', () => {
    expect(view('Tours of south America sold out.', [['America', 'LOC']])).toEqual([
      ['gpe.south-america', ['south America']],
    ]);
    expect(view('Snow hit northern America.', [['America', 'LOC']])).toEqual([
      ['gpe.united-states', ['America']],
    ]);
  });
});
