import { describe, expect, it } from 'vitest';
import { splitContinuedReports, splitSecondReports } from '../../functions/domain/attribution/second-report';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText, cueClaim, extracted, sourcedClaim } from './text-fixture';

/** The attributions after the split, as text; `claims` the attributions found before it. */
function split(text: string, claims: Attribution[]) {
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return splitSecondReports(text, quotes, claims).map((a) => asText(text, a));
}

describe('a content that runs over a second report', () => {
  it('ends before the conjunction, and the second report is an attribution of its own', () => {
    const text = 'The Greens say taxes will rise and Labour says the sums do not add up.';
    const claim = sourcedClaim(
      text,
      'The Greens',
      'say',
      'taxes will rise and Labour says the sums do not add up',
    );
    expect(split(text, [claim])).toEqual([
      ['The Greens', 'say', 'taxes will rise'],
      ['Labour', 'says', 'the sums do not add up'],
    ]);
    const other =
      'Some firms say the rule is needed to guard ideas, while others fear it will hurt small firms.';
    const firms = sourcedClaim(
      other,
      'Some firms',
      'say',
      'the rule is needed to guard ideas, while others fear it will hurt small firms',
    );
    expect(split(other, [firms])).toEqual([
      ['Some firms', 'say', 'the rule is needed to guard ideas'],
      ['others', 'fear', 'it will hurt small firms'],
    ]);
  });

  it('leaves a participle, a second cue found already, and a report inside a quote', () => {
    const participle = 'Police said the car was found and the man said to be its owner was held.';
    const claim = sourcedClaim(
      participle,
      'Police',
      'said',
      'the car was found and the man said to be its owner was held',
    );
    expect(split(participle, [claim])).toEqual([asText(participle, claim)]);
    const text = 'The Greens say taxes will rise and Labour says the sums do not add up.';
    const long = sourcedClaim(
      text,
      'The Greens',
      'say',
      'taxes will rise and Labour says the sums do not add up',
    );
    const second = sourcedClaim(text, 'Labour', 'says', 'the sums do not add up');
    expect(split(text, [long, second])).toEqual([asText(text, long), asText(text, second)]);
    const quoted = 'He said: "Prices will rise and the banks say rates will too."';
    const inside = sourcedClaim(quoted, 'He', 'said:', 'Prices will rise and the banks say rates will too.');
    expect(split(quoted, [inside])).toEqual([asText(quoted, inside)]);
  });

  it('splits what the committed model reads as one content', () => {
    expect(extracted('The Tories say taxes will rise and Labour says they will not.')).toEqual([
      ['The Tories', 'say', 'taxes will rise'],
      ['Labour', 'says', 'they will not'],
    ]);
  });
});

/** The attributions after a speaker's second report is split off, as text. */
function goesOn(text: string, claims: Attribution[]) {
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return splitContinuedReports(text, quotes, claims).map((a) => asText(text, a));
}

describe("a content that runs over the same speaker's second report", () => {
  it('gives a verb with no subject of its own after "and" or "but" the first report\'s source', () => {
    const text = 'Analysts said the figures were poor but argued that firms had been making profits.';
    const claim = sourcedClaim(
      text,
      'Analysts',
      'said',
      'the figures were poor but argued that firms had been making profits',
    );
    expect(goesOn(text, [claim])).toEqual([
      ['Analysts', 'said', 'the figures were poor'],
      ['Analysts', 'argued', 'that firms had been making profits'],
    ]);
    const plural = 'Many believe the rise will be smaller - and fear tax rises or spending cuts.';
    const many = sourcedClaim(
      plural,
      'Many',
      'believe',
      'the rise will be smaller - and fear tax rises or spending cuts',
    );
    expect(goesOn(plural, [many])).toEqual([
      ['Many', 'believe', 'the rise will be smaller'],
      ['Many', 'fear', 'tax rises or spending cuts'],
    ]);
  });

  it("leaves an infinitive's verb, a report of someone else's, and a content with no source", () => {
    const infinitive = 'BT says it is working hard to monitor fraud and warn people about scams.';
    const bt = sourcedClaim(
      infinitive,
      'BT',
      'says',
      'it is working hard to monitor fraud and warn people about scams',
    );
    expect(goesOn(infinitive, [bt])).toEqual([asText(infinitive, bt)]);
    const other = 'Blair asked why Mr Lee has said the remarks were fair, and said he would not apologise.';
    const blair = sourcedClaim(
      other,
      'Blair',
      'asked',
      'why Mr Lee has said the remarks were fair, and said he would not apologise',
    );
    expect(goesOn(other, [blair])).toEqual([asText(other, blair)]);
    const unsourced = 'It is said the figures were poor but argued that firms made profits.';
    const none = cueClaim(unsourced, 'said', 'the figures were poor but argued that firms made profits');
    expect(goesOn(unsourced, [none])).toEqual([asText(unsourced, none)]);
  });
});
