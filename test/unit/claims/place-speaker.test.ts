import { describe, expect, it } from 'vitest';
import { placeSpeaks } from '../../../functions/domain/claims/place-speaker';
import { named, speakerOf } from './article-fixture';

/** placeSpeaks for the first `place` written in `source`. */
const speaks = (source: string, place: string) => {
  const at = source.indexOf(place);
  return placeSpeaks(source, at, at + place.length);
};

describe('placeSpeaks', () => {
  it('lets a place speak as itself or through its government', () => {
    for (const [source, place] of [
      ['Britain', 'Britain'],
      ['The US', 'US'],
      ["Russia's", 'Russia'],
      ['US officials', 'US'],
      ["India's finance minister", 'India'],
      ["Pakistan's High Commissioner", 'Pakistan'],
      ['The government of Nigeria', 'Nigeria'],
      ['Officials in Cojedes state', 'Cojedes'],
      ['a UK Government official', 'UK'],
      ['San Francisco police', 'San Francisco'],
      ['the mayor of Frankfurt', 'Frankfurt'],
    ] as const)
      expect(speaks(source, place), source).toBe(true);
  });

  it('does not let a place that only says where the speaker is speak', () => {
    for (const [source, place] of [
      ['A Texas company', 'Texas'],
      ['UK media reports', 'UK'],
      ['traders in Asia', 'Asia'],
      ['The MP for Ealing North', 'Ealing North'],
      ['the Archbishop of Canterbury', 'Canterbury'],
      ['A TV station in the US', 'US'],
      ['A legal expert in the US', 'US'],
      ['The US firm', 'US'],
      ['Policy makers in Europe', 'Europe'],
    ] as const)
      expect(speaks(source, place), source).toBe(false);
  });
});

describe('resolveSpeaker with a place in the source', () => {
  it('links no one for a company a place only locates, and the place where it speaks', () => {
    const text = 'A Texas company said it would go ahead. Texas officials said they would not allow it.';
    const texas = named(text, 'gpe.texas', 'GPE', ['Texas']);
    expect(speakerOf(text, 'A Texas company', [texas])).toBeNull();
    expect(speakerOf(text, 'Texas officials', [texas])).toBe('gpe.texas');
  });
});
