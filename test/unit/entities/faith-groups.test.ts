import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

type Tagged = Parameters<typeof tagLongestFirst>[1];
const types = (text: string, tagged: Tagged, document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document }).map((e) => [
    e.id,
    e.type,
  ]);

describe("a faith's word typed a body or a person", () => {
  const text =
    'A British Muslim group and UK Muslims objected, as did Roman Catholics. Louise Christian, a lawyer, agreed.';
  const tagged: Tagged = [
    ['British Muslim', 'ORG'],
    ['UK Muslims', 'ORG'],
    ['Roman Catholics', 'PER'],
    ['Louise Christian', 'PER'],
  ];

  it('is a group of people (NORP), alone or after a nationality; a person so named stays', () => {
    expect(types(text, tagged)).toEqual(
      expect.arrayContaining([
        ['norp.british-muslim', 'NORP'],
        ['norp.uk-muslims', 'NORP'],
        ['norp.roman-catholics', 'NORP'],
        ['person.louise-christian', 'PERSON'],
      ]),
    );
  });

  it('keeps the tagger type in the attribution view', () => {
    expect(types(text, tagged, false)).toEqual(expect.arrayContaining([['org.uk-muslims', 'ORG']]));
  });

  it('is a group alone too', () => {
    const lone =
      'Muslim schools must adapt, the inspector said. Muslim, Jewish and Christian schools agreed.';
    expect(types(lone, [['Muslim', 'ORG']])).toEqual([['norp.muslim', 'NORP']]);
  });
});
