import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe("a minister's or commissioner's remit the tagger typed a body", () => {
  it('is dropped: "Minister for Children, Young People and Families", "Secretary of State for Culture"', () => {
    const text =
      'Minister for Children, Young People and Families Jane Doe spoke. The Secretary of State for Culture, Media and Sport, John Roe, agreed.';
    expect(
      idsAndMentions(text, [
        ['Children', 'ORG'],
        ['Young People', 'ORG'],
        ['Jane Doe', 'PER'],
        ['State for Culture', 'ORG'],
        ['Media and Sport', 'ORG'],
        ['John Roe', 'PER'],
      ]),
    ).toEqual([
      ['person.jane-doe', ['Jane Doe']],
      ['person.john-roe', ['John Roe']],
    ]);
  });

  it('keeps a body after an article or a spokesman, and a place in a remit', () => {
    const text =
      'The Minister for the Cabinet Office met a spokesman for Royal Mail. The Minister for Europe met him.';
    expect(
      idsAndMentions(text, [
        ['Cabinet Office', 'ORG'],
        ['Royal Mail', 'ORG'],
        ['Europe', 'LOC'],
      ]).map(([id]) => id),
    ).toEqual(['org.cabinet-office', 'org.royal-mail', 'gpe.europe']);
  });

  it('drops a body in a remit of two words or more before "Minister" or "Secretary"', () => {
    const text =
      'Economy and Labour Minister Hans Ebert spoke. Culture, Media and Sport Secretary Jo Lane agreed. Labour won.';
    expect(
      idsAndMentions(text, [
        ['Labour', 'ORG'],
        ['Hans Ebert', 'PER'],
        ['Culture', 'ORG'],
        ['Media and Sport', 'ORG'],
        ['Jo Lane', 'PER'],
      ]),
    ).toEqual([
      ['org.labour-party', ['Labour']],
      ['person.hans-ebert', ['Hans Ebert']],
      ['person.jo-lane', ['Jo Lane']],
    ]);
  });
});
