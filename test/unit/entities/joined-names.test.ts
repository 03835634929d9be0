import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('two organisations run together over "and"', () => {
  it('are two entities when each is known on its own', () => {
    const text = 'Sony said sales rose. Philips agreed. Both Sony and Philips back the format.';
    expect(
      linked(text, [
        ['Sony and Philips', 'ORG'],
        ['Sony', 'ORG'],
        ['Philips', 'ORG'],
      ]),
    ).toEqual([
      ['org.sony', ['Sony', 'Sony']],
      ['org.philips', ['Philips', 'Philips']],
    ]);
    expect(linked('Both the IMF and World Bank have urged reform.', [['IMF and World Bank', 'ORG']])).toEqual(
      [
        ['org.imf', ['IMF']],
        ['org.world-bank', ['World Bank']],
      ],
    );
  });

  it('are two entities when one is an organisation the article names alone', () => {
    const text = 'Google said so. Google and Ask Jeeves offer similar services.';
    expect(
      linked(text, [
        ['Google and Ask Jeeves', 'ORG'],
        ['Google', 'ORG'],
      ]),
    ).toEqual([
      ['org.google', ['Google', 'Google']],
      ['org.ask-jeeves', ['Ask Jeeves']],
    ]);
  });

  it('take a number after into the second name when the alias table knows it so, over "from" too', () => {
    expect(
      linked('He was brought back to the BBC from Channel 4 last year.', [['BBC from Channel', 'ORG']]),
    ).toEqual([
      ['org.bbc', ['BBC']],
      ['org.channel-4', ['Channel 4']],
    ]);
  });

  it('stay one when neither name is known ("Cia" is no CIA), the two are one name, or the second runs on', () => {
    const one = (text: string, name: string, others: string[]) =>
      linked(text, [[name, 'ORG'], ...others.map((o): [string, 'ORG'] => [o, 'ORG'])]).map(([id]) => id);
    expect(one('Fizzbang and Wobble Ltd agreed.', 'Fizzbang and Wobble Ltd', [])).toContain(
      'org.fizzbang-and-wobble',
    );
    expect(one('Miners Rio Tinto and Cia. Vale agreed.', 'Miners Rio Tinto and Cia', [])).toContain(
      'org.miners-rio-tinto-and-cia',
    );
    expect(one('Channels such as BBC Three and News 24 will show it.', 'BBC Three and News', [])).toContain(
      'org.bbc-three-and-news',
    );
    expect(one('Sony said so. Sony and Sony agreed.', 'Sony and Sony', ['Sony'])).toContain(
      'org.sony-and-sony',
    );
    expect(
      one(
        'Highlands fans and Islands folk met. The University of the Highlands and Islands grew.',
        'University of the Highlands and Islands',
        ['Highlands', 'Islands'],
      ),
    ).toContain('org.university-of-the-highlands-and-islands');
  });

  it('are two entities when each is a whole body by its head word, neither known', () => {
    const two = (text: string, name: string) => linked(text, [[name, 'ORG']]).map(([, m]) => m);
    expect(two('Ribble Bank and Tarn Bank agreed to merge.', 'Ribble Bank and Tarn Bank')).toEqual([
      ['Ribble Bank'],
      ['Tarn Bank'],
    ]);
    expect(
      two(
        'The Marsden Commission and National Union of Weavers are worried.',
        'The Marsden Commission and National Union of Weavers',
      ),
    ).toEqual([['The Marsden Commission'], ['National Union of Weavers']]);
    expect(two('Bluefin Music and Redwing Music sued.', 'Bluefin Music and Redwing Music')).toEqual([
      ['Bluefin Music'],
      ['Redwing Music'],
    ]);
  });

  it('stay one body whose name lists its fields over "and"', () => {
    const one = (text: string, name: string) => linked(text, [[name, 'ORG']]).map(([id]) => id);
    expect(one('The Ministry of Fish and Farming said so.', 'Ministry of Fish and Farming')).toEqual([
      'org.ministry-of-fish-and-farming',
    ]);
    expect(
      one('The Harbour Standards and Tolls Committee met.', 'Harbour Standards and Tolls Committee'),
    ).toEqual(['org.harbour-standards-and-tolls-committee']);
    expect(one('The Coastal Travel and Leisure Council met.', 'Coastal Travel and Leisure Council')).toEqual([
      'org.coastal-travel-and-leisure-council',
    ]);
  });

  it('are two entities when they end a list a known organisation opens', () => {
    expect(
      linked('Last month, Sony, Fizzbang and Wobble Pictures said they would back it.', [
        ['Sony', 'ORG'],
        ['Fizzbang and Wobble Pictures', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.sony', 'org.fizzbang', 'org.wobble-pictures']);
    // a body's fields after an unknown first word stay one name
    expect(
      linked('It was backed by the Culture, Media and Sport committee.', [
        ['Culture', 'ORG'],
        ['Media and Sport', 'ORG'],
      ]).map(([id]) => id),
    ).toContain('org.media-and-sport');
  });
});
