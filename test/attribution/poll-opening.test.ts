import { describe, expect, it } from 'vitest';
import { pollOpenings } from '../../functions/domain/attribution/poll-opening';
import { asText, extracted, sentencesAtStops } from './text-fixture';

/** Each sentence of `text` (split after ". "), the attributions found, as [source, cue, content]. */
const found = (text: string) => pollOpenings(text, sentencesAtStops(text)).map((a) => asText(text, a));

describe('a sentence that opens "In <a poll>,"', () => {
  it('is the poll\'s attribution: "In" the cue, the poll the source, the rest the content', () => {
    expect(
      found(
        'Turnout was low. In a Harbour Gazette poll released Monday, 52 percent of residents backed the ferry.',
      ),
    ).toEqual([
      ['a Harbour Gazette poll released Monday', 'In', '52 percent of residents backed the ferry.'],
    ]);
    expect(found('In the latest survey, the mayor trails by six points.')).toEqual([
      ['the latest survey', 'In', 'the mayor trails by six points.'],
    ]);
  });

  it('is nothing mid-sentence, without a poll, with the poll inside a clause, or with little after it', () => {
    expect(found('The mayor leads in the polls, the council says.')).toEqual([]);
    expect(found('In the harbour, ferries ran late all week.')).toEqual([]);
    expect(found('In six of the towns where polls were taken, turnout fell by half.')).toEqual([]);
    expect(found('In a memo released as polls closed, the campaign conceded the town.')).toEqual([]);
    expect(found('In the polls, anyway.')).toEqual([]);
  });

  it('is found in extraction (committed model), over a cue inside its content', () => {
    const text =
      'In a Harbour Gazette poll released Monday, 52 percent of residents said they backed the ferry.';
    expect(extracted(text)).toEqual([
      ['a Harbour Gazette poll released Monday', 'In', '52 percent of residents said they backed the ferry.'],
    ]);
  });
});
