import { describe, expect, it } from 'vitest';
import { colonTags } from '../../functions/domain/attribution/colon-tag';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText, cueClaim, extracted } from './text-fixture';

/** Cue-likeness as PolNeAR train has it. */
const lexicon = new Map([
  ['said', 4],
  ['added', 4],
  ['jumped', 1],
]);

/** What colonTags makes of the text, as [source, cue, content]. */
function tagged(text: string, found: Attribution[] = []) {
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return colonTags(text, found, quotes, lexicon).map((a) => asText(text, a));
}

describe('a quote after a speaker, a verb of saying and a colon', () => {
  it('goes to the speaker after a fronted phrase, the verb its cue', () => {
    expect(
      tagged('Asked about the result, Rock singer Ann Lee said: "We need more bands." Fans cheered.'),
    ).toEqual([['Rock singer Ann Lee', 'said', 'We need more bands.']]);
  });

  it('reads past a place or hearer before the colon', () => {
    expect(tagged('Costs rose. The central defender added on Radio Five: "We will wait and see."')).toEqual([
      ['The central defender', 'added', 'We will wait and see.'],
    ]);
    expect(tagged('It ended. She said to reporters: "No comment."')).toEqual([
      ['She', 'said', 'No comment.'],
    ]);
  });

  it('leaves a verb that is no saying, a clause, and a quote or verb already taken', () => {
    expect(tagged('The horse jumped: "Over the fence."')).toEqual([]);
    expect(tagged('Rates fell after the bank said: "Costs are high."')).toEqual([]);
    expect(tagged('The message to the bank was: "Cut costs now."')).toEqual([]);
    const text = 'Lee said: "We need more bands."';
    const held = cueClaim(text, 'said', 'We need more bands.');
    expect(tagged(text, [held])).toEqual([asText(text, held)]);
  });

  it('gives the model the quote the tagger missed', () => {
    const text =
      'Muse won two awards.\n\nReferring to the fact that most winners were from the US, Muse singer Matt Bellamy said: "There needs to be more European bands." The show was held in Rome.';
    expect(extracted(text)).toContainEqual([
      'Muse singer Matt Bellamy',
      'said',
      'There needs to be more European bands.',
    ]);
  });
});
