import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

describe('a person cut after a saint', () => {
  it('is the body or place named for the saint, and the person keeps only his own mentions', () => {
    const text =
      'Ruth Kemble wrote the books. Kemble was published by St. Kemble’s, a firm. Coach Strand left St Agnes for Chalfont St Oswin.';
    const entities = linkEntities(
      annotate(text),
      tagLongestFirst(text, [
        ['Ruth Kemble', 'PER'],
        ['Kemble', 'PER'],
        ['Agnes', 'PER'],
        ['Oswin', 'PER'],
        ['Strand', 'PER'],
      ]),
    ).map((e) => [e.name, e.type, e.mentions.map((m) => m.text), e.roles]);
    expect(entities).toEqual([
      ['Ruth Kemble', 'PERSON', ['Ruth Kemble', 'Kemble'], []],
      ['St. Kemble’s', 'ORG', ['St. Kemble’s'], []],
      ['Strand', 'PERSON', ['Strand'], ['Coach']],
      ['St Agnes', 'GPE', ['St Agnes'], []],
      ['St Oswin', 'GPE', ['St Oswin'], []],
    ]);
  });

  it('leaves a longer name after a saint', () => {
    const text = 'The report came from Saint Dunmore Rowe today.';
    expect(
      linkEntities(annotate(text), tagLongestFirst(text, [['Dunmore Rowe', 'PER']])).map((e) => e.name),
    ).toEqual(['Dunmore Rowe']);
  });
});
