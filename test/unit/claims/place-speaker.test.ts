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

describe('placeSpeaks for a body or a mission placed somewhere', () => {
  it('does not let the city an embassy sits in, or a place naming a club, speak', () => {
    for (const [source, place] of [
      ['A spokesman for the Ruritanian embassy in Paris', 'Paris'],
      ['the ambassador in Lisbon', 'Lisbon'],
      ['An All Wessex club spokesperson', 'Wessex'],
      ['A Dorset company spokesman', 'Dorset'],
    ] as const)
      expect(speaks(source, place), source).toBe(false);
  });

  it('lets an embassy speak for the country of it, and a state named after a city', () => {
    for (const [source, place] of [
      ['a spokesman for the embassy of Ruritania', 'Ruritania'],
      ["Local government officials in Frankfurt's state of Hessen", 'Hessen'],
    ] as const)
      expect(speaks(source, place), source).toBe(true);
  });
});

describe('resolveSpeaker with a place inside a body written in lower case', () => {
  it('links the body named elsewhere, not the place', () => {
    const text = 'All Wessex Club chairman Tom Reed spoke. An All Wessex club spokesperson denied it.';
    const club = named(text, 'org.all-wessex-club', 'ORG', ['All Wessex Club']);
    const wessex = named(text, 'gpe.wessex', 'GPE', ['Wessex']);
    wessex.mentions = wessex.mentions.slice(1);
    expect(speakerOf(text, 'An All Wessex club spokesperson', [club, wessex])).toBe('org.all-wessex-club');
  });
});
