import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const view = (text: string, spans: [string, TaggerType][], document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans), undefined, { document }).map((e) => [
    e.id,
    e.type,
  ]);

describe('a name the article also names with a number after, as a work or product', () => {
  it('is a product where the numbered name is one, in the document view only', () => {
    const text = 'The new Zedback is longer. The Zedback 50 has a smaller battery.';
    const tagged: [string, TaggerType][] = [
      ['Zedback 50', 'MISC'],
      ['Zedback', 'ORG'],
    ];
    expect(view(text, tagged)).toEqual([
      ['misc.zedback', 'MISC'],
      ['misc.zedback-50', 'MISC'],
    ]);
    expect(view(text, tagged, false)).toEqual([
      ['org.zedback', 'ORG'],
      ['misc.zedback-50', 'MISC'],
    ]);
  });

  it('leaves a name with no numbered work beside it, and one the gazetteer knows', () => {
    expect(
      view('Zedback said sales rose. Zedback 50 is a club.', [
        ['Zedback', 'ORG'],
        ['Zedback 50', 'ORG'],
      ]),
    ).toEqual([
      ['org.zedback', 'ORG'],
      ['org.zedback-50', 'ORG'],
    ]);
    expect(
      view('Sony sold more. The Sony 2 was a hit.', [
        ['Sony', 'ORG'],
        ['Sony 2', 'MISC'],
      ])[0],
    ).toEqual(['org.sony', 'ORG']);
  });
});
