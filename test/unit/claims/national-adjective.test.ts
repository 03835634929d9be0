import { describe, expect, it } from 'vitest';
import { adjectiveCountry, nationalGovernment } from '../../../functions/domain/claims/group-speaker';
import { named, speakerOf } from './article-fixture';

const places = (text: string, ...names: string[]) =>
  names.map((name) => named(text, `gpe.${name.toLowerCase().replace(/\s+/g, '-')}`, 'GPE', [name]));

describe('nationalGovernment: a nationality adjective names its own country only', () => {
  it('takes no country that only starts like the adjective', () => {
    const text = 'Austria hosted the talks. The Australian government said it would attend.';
    expect(nationalGovernment('Australian', places(text, 'Austria'))).toBeNull();
    expect(speakerOf(text, 'The Australian government', places(text, 'Austria'))).toBeNull();
    const back = 'Australia hosted the talks. The Austrian government said it would attend.';
    expect(speakerOf(back, 'The Austrian government', places(back, 'Australia'))).toBeNull();
  });

  it('tells Niger from Nigeria and India from Indiana; "Dominican" is either Dominica or the Dominican Republic', () => {
    const text = 'Niger, Indiana and Dominica were named. Nigerian, Indian and Dominican officials spoke.';
    const all = places(text, 'Niger', 'Indiana', 'Dominica');
    expect(nationalGovernment('Nigerian', all)).toBeNull();
    expect(nationalGovernment('Indian', all)).toBeNull();
    expect(nationalGovernment('Dominican', all)).toBe('gpe.dominica');
    expect(nationalGovernment('Dominican', places(text, 'Niger', 'Indiana'))).toBeNull();
    expect(nationalGovernment('Nigerien', all)).toBe('gpe.niger');
  });

  it('finds the country by any of its names, the alias table included', () => {
    const text = 'The US and the Netherlands met. The American and Dutch governments agreed.';
    const all = places(text, 'US', 'Netherlands');
    expect(nationalGovernment('American', all)).toBe('gpe.us');
    expect(nationalGovernment('Dutch', all)).toBe('gpe.netherlands');
  });

  it('keeps the shared opening for an adjective the table lacks, but never to a known country', () => {
    const text = 'Texas and Austria were named. Texan officials spoke.';
    const all = places(text, 'Texas', 'Austria');
    expect(nationalGovernment('Texan', all)).toBe('gpe.texas');
    expect(nationalGovernment('Austrasian', all)).toBeNull();
    const japan = places('Japan won. The Japanese Rugby Union said so.', 'Japan');
    expect(nationalGovernment('Japanese Rugby Union', japan)).toBe('gpe.japan');
  });

  it('knows the nouns for a national too', () => {
    const text = 'Britain and Sweden met. A Briton and two Swedes won.';
    const all = places(text, 'Britain', 'Sweden');
    expect(nationalGovernment('Briton', all)).toBe('gpe.britain');
    expect(nationalGovernment('Swedes', all)).toBe('gpe.sweden');
  });

  it('gives a known country the article does not name a key for no entity', () => {
    const text = 'Indiana voted. Indian officials watched.';
    expect(adjectiveCountry('Indian', places(text, 'Indiana'))).toBe('unnamed:india');
    expect(adjectiveCountry('Israelis', places('Israel and Gaza.', 'Israel'))).toBe('gpe.israel');
  });
});
