import { describe, expect, it } from 'vitest';
import { objectParticiple } from '../../functions/domain/attribution/object-participle';
import { extracted, sourcedClaim } from './text-fixture';

describe('a noun after a preposition, then a bare past participle', () => {
  it.each([
    [
      'The total is less than the 400 cases mentioned last month, but it covers the largest.',
      'the 400 cases',
      'mentioned',
      'last month, but it covers the largest.',
      true,
    ],
    [
      'Under the deal announced in March, the bank took a charge of $50m.',
      'the deal',
      'announced',
      'in March, the bank took a charge of $50m.',
      true,
    ],
    ['He picked all of the squad named on Monday.', 'the squad', 'named', 'on Monday.', true],
    // a common noun, a phrase of place, then the main clause's verb
    [
      'Many of the topics discussed in Geneva are on the agenda here too.',
      'Many of the topics',
      'discussed',
      'in Geneva are on the agenda here too.',
      true,
    ],
    [
      'The opinions expressed in this column do not reflect those of the paper.',
      'The opinions',
      'expressed',
      'in this column do not reflect those of the paper.',
      true,
    ],
    [
      'The views and opinions expressed in this column do not reflect ours.',
      'opinions',
      'expressed',
      'in this column do not reflect ours.',
      true,
    ],
    // a relative clause's subject, who did offer them
    [
      'The plans that countries offered in Paris would fall short.',
      'countries',
      'offered',
      'in Paris would fall short.',
      false,
    ],
    // a name's own verb, with a clause after the phrase
    ['Ms Lowe announced in her blog she had quit.', 'Ms Lowe', 'announced', 'she had quit.', false],
    ['The firm announced in a statement it would close.', 'The firm', 'announced', 'it would close.', false],
    // an agent after "by": later rules make it the source
    ['It was dwarfed by the $90m reported by a rival.', 'the $90m', 'reported', 'by a rival.', false],
    // a verb of expecting after "than" takes the comparison as its object
    ['She won more seats than her aides expected.', 'her aides', 'expected', '.', false],
    // a clause's subject, not a preposition's object
    [
      'After the firm announced on Monday that it would close, shares fell.',
      'the firm',
      'announced',
      'on Monday that it would close',
      false,
    ],
    [
      'The board announced on Monday that it would close.',
      'The board',
      'announced',
      'on Monday that it would close',
      false,
    ],
    // a poll's respondents
    ['Of those asked, 62% were unaware of it.', 'those', 'asked', '62% were unaware of it', false],
    // a content that is a clause, not a phrase of time or place
    ['Membership of the club demanded that users pay.', 'the club', 'demanded', 'that users pay', false],
  ])('%s: dropped is %s', (text, source, cue, content, dropped) => {
    expect(objectParticiple(text, sourcedClaim(text, source, cue, content))).toBe(dropped);
  });

  it('leaves the extractor no claim of the noun', () => {
    for (const text of [
      'The figure given by the minister is less than the 3,000 cases mentioned last week, but will cover many of the biggest deals.',
      'Under the settlement announced in January, the broker took a pre-tax charge of $618m in the quarter.',
      'But anyone visiting the site mentioned in the message will not see the photos but will have their computer infected.',
      'However, many of the issues discussed in Geneva are talking points here as well.',
    ])
      expect(extracted(text)).toEqual([]);
  });
});
