import { describe, expect, it } from 'vitest';
import { withoutMidPhraseGaps } from '../../functions/domain/attribution/mid-phrase-gap';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { findParagraphs } from '../../functions/domain/text/sentences';
import { asText } from './text-fixture';

type Range = { start: number; end: number };

/** The content `withoutMidPhraseGaps` leaves a claim of `source` and `cue` whose content is `pieces`. */
function content(text: string, source: string, cue: string, pieces: string[], taken: string[] = []) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: [at(source)], cue: [at(cue)], content: pieces.map(at) };
  const quotes = findQuotes(text, findParagraphs(text));
  const claimed: Range[] = [at(source), at(cue), ...taken.map(at)];
  return asText(text, withoutMidPhraseGaps(text, quotes, claimed, a))[2];
}

describe('a gap the tagger left in a content', () => {
  it('is filled where it opens on a word in the middle of a phrase', () => {
    const list =
      'The firm plans to add launches of video calls, voice mail and a service which would link phones.';
    expect(content(list, 'The firm', 'plans', ['to add launches of video', 'would link phones'])).toBe(
      'to add launches of video calls, voice mail and a service which would link phones',
    );
    const bracket = 'The union estimates that the trade is worth 20bn euros (£14bn), or 5% of all trade.';
    expect(
      content(bracket, 'The union', 'estimates', [
        'that the trade is worth 20bn euros',
        'or 5% of all trade',
      ]),
    ).toBe('that the trade is worth 20bn euros (£14bn), or 5% of all trade');
  });

  it('is filled over a sentence end inside a quote', () => {
    const text =
      '"You cannot fix it with money," he admitted. "Look at some US runners who have no funding. "Those who are not funded are hungrier."';
    expect(
      content(text, 'he', 'admitted', [
        'You cannot fix it with money',
        'Look at some US',
        'Those who are not funded are hungrier',
      ]),
    ).toBe(
      'You cannot fix it with money … Look at some US runners who have no funding. "Those who are not funded are hungrier',
    );
  });

  it('is filled where whole sentences of one quote were skipped', () => {
    const text =
      '"This is the next big jump," he says. "You will never buy a disc again. We are used to this in films. It is hard to go back."';
    expect(
      content(text, 'he', 'says', [
        'This is the next big jump',
        'You will never buy a disc again',
        'It is hard to go back',
      ]),
    ).toBe(
      'This is the next big jump … You will never buy a disc again. We are used to this in films. It is hard to go back',
    );
  });

  it('is kept where sentences skipped run out of the quote', () => {
    const text = '"You will never buy a disc again." The crowd cheered. "It is hard to go back," he says.';
    expect(content(text, 'he', 'says', ['You will never buy a disc again', 'It is hard to go back'])).toBe(
      'You will never buy a disc again … It is hard to go back',
    );
  });

  it('is kept where it opens on a mark, as an aside does', () => {
    const aside = 'He said the plan, which costs £1m, would boost trade.';
    expect(content(aside, 'He', 'said', ['the plan', 'would boost trade'])).toBe(
      'the plan … would boost trade',
    );
  });

  it('is kept where it holds a claim’s cue or source', () => {
    const text = 'The board agreed the deal was fair and the union said it was not.';
    expect(
      content(text, 'The board', 'agreed', ['the deal was fair and', 'it was not'], ['the union', 'said']),
    ).toBe('the deal was fair and … it was not');
  });

  it('is kept where narration runs over a sentence end or into a quote', () => {
    const stop = 'Doctors had wanted to operate on his back at once. He refused and flew home.';
    expect(content(stop, 'Doctors', 'had wanted', ['to operate', 'flew home'])).toBe(
      'to operate … flew home',
    );
    const opening =
      'Doctors had wanted to operate on his back at once but he refused. "They wanted rods in my spine."';
    expect(content(opening, 'Doctors', 'had wanted', ['to operate', 'They wanted rods in my spine'])).toBe(
      'to operate … They wanted rods in my spine',
    );
  });
});
