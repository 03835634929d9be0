import { describe, expect, it } from 'vitest';
import { assertionReasons, isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { findQuantities } from '../../functions/domain/checkworthiness/quantities';

describe('isCheckableAssertion', () => {
  it.each([
    'About 1,800 soldiers remain at the northern base.',
    'Bread prices rose 12% last year.',
    'The city spent $4.5 million on the new bridge.',
    'Exports are higher than they were a decade ago.',
    'It is the largest dam on the continent.',
    'The flood led to the closure of three schools.',
    'The treaty was signed in 1994 by both governments.',
    'The unemployment rate in the province is the lowest it has been.',
  ])('accepts the factual %j', (sentence) => {
    expect(isCheckableAssertion(sentence)).toBe(true);
  });

  it.each([
    "Right now, I'm not aware of any plans.",
    'I think we should do better for our farmers.',
    'What would you do about the deficit?',
    'That is a wonderful idea.',
    'We must stand together.',
    'Thank you very much.',
  ])('rejects the opinion, question or courtesy %j', (sentence) => {
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'Att: 50,430 Ref: S Dunn (Gloucestershire).',
    'Riise 1, Nunez 113.',
    '3 Lleyton Hewitt (Australia)',
    'August 17 - Faroe Islands v Cyprus.',
    '2.',
  ])('rejects the line with no word in lower case %j', (sentence) => {
    expect(isCheckableAssertion(sentence)).toBe(false);
    expect(assertionReasons(sentence).length, 'its reasons stay features').toBeGreaterThan(0);
  });

  it('accepts a bullet or a short fact that has a word in lower case', () => {
    expect(isCheckableAssertion('- Reduced corporate tax rates to 30%')).toBe(true);
    expect(isCheckableAssertion('Mr Glazer owns 28.1%.')).toBe(true);
  });

  // a timetable's "due to" is no cause (scheduled.ts)
  it.each([
    'Filming is due to start in the spring.',
    'The agency is due to publish its next estimate on Friday.',
    'The ministers who had been due to attend will now stay at home.',
    'The report, due to be published in the autumn, will set out the plans.',
  ])('finds no cause in the schedule %j', (sentence) => {
    expect(assertionReasons(sentence)).toEqual([]);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'The refinery was closed due to mechanical problems.',
    'The rise is due to the cold weather.',
    'The surge was due to BT stretching its network.',
    'The outage may be due to vandals.',
    'The fall was largely due to weaker exports.',
    'The match is due to start late because of the snow.',
  ])('still finds the cause in %j', (sentence) => {
    expect(assertionReasons(sentence)).toContain('causal');
  });

  // reasons, not isCheckableAssertion: an unattributed "I" sentence is no fact the article states (first-person.ts)
  it('keeps an opinion that carries a strong reason, drops one with only a weak one', () => {
    expect(assertionReasons('I think unemployment went up 3 percent.')).toEqual(['percent', 'statistic']);
    expect(assertionReasons('I think that happened because people were angry.')).toEqual([]);
  });

  it('gives reasons by kind', () => {
    expect(assertionReasons('Costs grew 40% because fuel was scarce.')).toEqual([
      'percent',
      'causal',
      'change',
    ]);
    expect(assertionReasons('The firm paid £20m in fines.')).toEqual(['money']);
    expect(assertionReasons('They built more homes than any other state.')).toEqual(['comparison']);
    expect(assertionReasons('The village flooded in 2011.')).toEqual(['dated-event']);
  });
});

describe('findQuantities', () => {
  it('finds money, percentages, years and counts with offsets', () => {
    const text = 'In 2004 he proposed $2.2 trillion, a 37% rise, for 2,500 towns and two million people.';
    const found = findQuantities(text).map((q) => [q.kind, q.text, text.slice(q.start, q.end)]);
    expect(found).toEqual([
      ['year', '2004', '2004'],
      ['money', '$2.2 trillion', '$2.2 trillion'],
      ['percent', '37%', '37%'],
      ['number', '2,500', '2,500'],
      ['number', 'two million', 'two million'],
    ]);
  });

  it('finds nothing in text without numbers', () => {
    expect(findQuantities('One of the best answers I have heard.')).toEqual([]);
  });
});
