import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

type Tagged = Parameters<typeof tagLongestFirst>[1];
const named = (text: string, tagged: Tagged, document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document }).map((e) => [
    e.id,
    e.mentions.map((m) => m.text),
  ]);

describe('a quoted title the tagger cut into a person, place or body', () => {
  it('is one work, the whole quote its mention', () => {
    const text =
      'They closed with “Walkin’ On The Pier,” then “Lanterns Over Quayside.” He called it "A Night of Tarrow".';
    expect(
      named(text, [
        ['Walkin', 'PER'],
        ['Quayside', 'LOC'],
        ['Tarrow', 'LOC'],
      ]),
    ).toEqual([
      ['misc.walkin-on-the-pier', ['Walkin’ On The Pier']],
      ['misc.lanterns-over-quayside', ['Lanterns Over Quayside']],
      ['misc.a-night-of-tarrow', ['A Night of Tarrow']],
    ]);
  });

  it('stays out of the attribution view', () => {
    expect(named('They played “Walkin’ On The Pier.”', [['Walkin', 'PER']], false)).toEqual([
      ['person.walkin', ['Walkin']],
    ]);
  });

  it('leaves a quote a mention covers whole, a name after a title, and a slogan holding a known place', () => {
    const text = 'They sang "Tin Drum". He was "Mr Quade" to them. Fans held up "Welcome to Paris" banners.';
    expect(
      named(text, [
        ['Tin Drum', 'PER'],
        ['Quade', 'PER'],
        ['Paris', 'LOC'],
      ]),
    ).toEqual([
      ['person.tin-drum', ['Tin Drum']],
      ['person.quade', ['Quade']],
      ['gpe.paris', ['Paris']],
    ]);
  });
});
