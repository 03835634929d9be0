import { describe, expect, it } from 'vitest';
import { invertedTags } from '../../functions/domain/attribution/inverted-tag';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText, cueClaim, extracted } from './text-fixture';

/** Cue-likeness as PolNeAR train has it. */
const lexicon = new Map([
  ['warned', 4],
  ['recalled', 4],
  ['smile', 3],
  ['reads', 4],
  ['said', 4],
  ['jumped', 1],
  ['points', 1],
  ['pointed', 4],
  ['comments', 1],
  ['commented', 4],
]);

/** What invertedTags makes of the text, as [source, cue, content]. */
function tagged(text: string, found: Attribution[] = []) {
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return invertedTags(text, found, quotes, lexicon).map((a) => asText(text, a));
}

describe('a quote closed by its own tag, verb before speaker', () => {
  it('goes to the speaker after a verb of saying, the verb its cue', () => {
    expect(tagged('Rates rose. "We cannot assume costs will fall," warns Baroness Lee.')).toEqual([
      ['Baroness Lee', 'warns', 'We cannot assume costs will fall'],
    ]);
    expect(tagged('"Call it a dividend!" smiles one broker. Shares rose.')).toEqual([
      ['one broker', 'smiles', 'Call it a dividend!'],
    ]);
  });

  it('reads a verb in -s PolNeAR mostly has as a noun as its past form', () => {
    expect(tagged('"We changed the whole design," comments Ann Lee of the lab.')).toEqual([
      ['Ann Lee of the lab', 'comments', 'We changed the whole design'],
    ]);
    // before its speaker it stays the noun's word
    expect(tagged('"We changed the whole design," she comments.')).toEqual([]);
  });

  it('ends the source at a preposition', () => {
    expect(tagged('"He has a problem with his colleagues," reads a memo for Mr Heath.')).toEqual([
      ['a memo', 'reads', 'He has a problem with his colleagues'],
    ]);
  });

  it('goes to the speaker before the verb in the usual order too', () => {
    expect(tagged('Rates rose. "We grew too fast," he warns. "We had some bumps."')).toEqual([
      ['he', 'warns', 'We grew too fast'],
    ]);
    expect(tagged('"Costs will fall," brokerage Ann Lee recalled in a note.')).toEqual([]);
    const text = 'Lee replied: "No." "Did you know?" brokerage Ann Lee recalled in a note, adding more.';
    const replied = cueClaim(text, 'replied:', 'No." "Did you know?');
    expect(tagged(text, [replied])).toEqual([
      [null, 'replied:', 'No.'],
      ['brokerage Ann Lee', 'recalled', 'Did you know?'],
    ]);
    expect(tagged('"Costs will fall," and then Ann Lee warned.')).toEqual([]);
  });

  it('reads past an apposition or relative clause after the speaker', () => {
    expect(tagged('Rates rose. "We have warned the buyer," said Tim Lee, a director of the fund.')).toEqual([
      ['Tim Lee', 'said', 'We have warned the buyer'],
    ]);
    expect(tagged('"We would call up Ann," warned Lee, who has dropped Bo.')).toEqual([
      ['Lee', 'warned', 'We would call up Ann'],
    ]);
  });

  it('takes the quote from a content of a cue before it that runs on over the tag', () => {
    const text = 'Sales grew, Apacs said. "Plastic has won," said Apacs spokeswoman Ann Lee.';
    const swallowed = cueClaim(text, 'said', 'Plastic has won," said Apacs spokeswoman Ann Lee');
    expect(tagged(text, [swallowed])).toEqual([['Apacs spokeswoman Ann Lee', 'said', 'Plastic has won']]);
    const both = 'Costs rose, Lee said: "Sales fell." "Rates rose," he warned.';
    const colon = cueClaim(both, 'said:', 'Sales fell." "Rates rose');
    expect(tagged(both, [colon])).toEqual([
      [null, 'said:', 'Sales fell.'],
      ['he', 'warned', 'Rates rose'],
    ]);
  });

  it('reads a verb with "out" as its past form before the speaker, and lower-case words before a name', () => {
    expect(tagged('"Fame is a distraction," points out former Olympian and pundit Steve Cram.')).toEqual([
      ['former Olympian and pundit Steve Cram', 'points out', 'Fame is a distraction'],
    ]);
    expect(tagged('"We are ready," jumps out Ann Lee.')).toEqual([]);
  });

  it('leaves a verb of no speech, a speaker that is no name or determiner phrase, a fragment, and a held quote', () => {
    expect(tagged('"We are ready," jumped Ann Lee.')).toEqual([]);
    expect(tagged('"We are ready," said in a note to investors.')).toEqual([]);
    expect(tagged('He called it "a sad day for us all," warns Ann Lee.')).toEqual([]);
    const text = '"We are ready," recalls Ann Lee.';
    const held: Attribution = { source: null, cue: [{ start: 0, end: 1 }], content: [{ start: 1, end: 13 }] };
    expect(tagged(text, [held])).toEqual([asText(text, held)]);
  });
});

describe('the extractor', () => {
  it('gives a quote after a report to the speaker of its own tag, not to the report', () => {
    const text =
      'The festival is new.\n\nMr Prater predicts it will soon become their equal. "It has grown awfully fast in three years - maybe too fast," he concedes. "We have had some bumps in the road."';
    const found = extracted(text);
    expect(found).toContainEqual(['Mr Prater', 'predicts', 'it will soon become their equal']);
    expect(found).toContainEqual([
      'he',
      'concedes',
      'It has grown awfully fast in three years - maybe too fast … We have had some bumps in the road.',
    ]);
  });

  it('gives such a quote to the speaker of its tag', () => {
    const text =
      'Chips may one day sit in make-up. "We cannot assume that the human brain will not change with this," warns Baroness Greenfield.';
    expect(extracted(text)).toContainEqual([
      'Baroness Greenfield',
      'warns',
      'We cannot assume that the human brain will not change with this',
    ]);
  });
});
