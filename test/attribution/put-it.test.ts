import { describe, expect, it } from 'vitest';
import { putItAttributions } from '../../functions/domain/attribution/put-it';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted, sentencesAtStops } from './text-fixture';

/** Each sentence of `text` (split after ". "), the attributions found beside `found`, as [source, cue, content]. */
const found = (text: string, before: Attribution[] = []) =>
  putItAttributions(text, sentencesAtStops(text), before).map((a) => asText(text, a));

describe('"as <speaker> put it"', () => {
  it('makes "put it" the cue, the one after "as" the source and the claim after it the content', () => {
    expect(found('As the harbour master put it, the ferry will never run on time.')).toEqual([
      ['the harbour master', 'put it', 'the ferry will never run on time.'],
    ]);
    expect(found('As Okafor put it in a letter to the council, the pier is "a danger to everyone."')).toEqual(
      [['Okafor', 'put it', 'the pier is "a danger to everyone."']],
    );
    expect(found("As Lund, a marine biologist, bluntly put it: ''The bay is dying.''")).toEqual([
      ['Lund, a marine biologist', 'bluntly put it:', "''The bay is dying.''"],
    ]);
  });

  it('takes the clause before "as" when "put it" ends the sentence', () => {
    expect(
      found('After the fares went up, the service is "a slow-motion disaster," as one commuter put it.'),
    ).toEqual([['one commuter', 'put it', 'the service is "a slow-motion disaster,"']]);
  });

  it('runs a quote that opens the claim to its closing mark in the paragraph', () => {
    expect(
      found(
        "As the mayor put it in her memo, ''Imagine a town with no ferry. Imagine the queues.'' Then she left.",
      ),
    ).toEqual([['the mayor', 'put it', "''Imagine a town with no ferry. Imagine the queues.''"]]);
  });

  it('is nothing without a claim, or where a cue was found at "put" or inside the claim', () => {
    expect(found('That is how he put it.')).toEqual([]);
    expect(found('Ferries, as she put it.')).toEqual([]);
    expect(found('As the mayor, then a harbour clerk, put it in her memoir.')).toEqual([]);
    const text = 'As the harbour master put it, the ferry will never run on time.';
    const at = (w: string) => [{ start: text.indexOf(w), end: text.indexOf(w) + w.length }];
    expect(found(text, [{ source: null, cue: at('put it'), content: at('the ferry') }])).toEqual([]);
    expect(found(text, [{ source: null, cue: at('run'), content: at('on time') }])).toEqual([]);
  });

  it('is found in extraction (committed model)', () => {
    expect(extracted('As the harbour master put it, the ferry will never run on time.')).toContainEqual([
      'the harbour master',
      'put it',
      'the ferry will never run on time.',
    ]);
  });
});
