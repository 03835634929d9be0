import { describe, expect, it } from 'vitest';
import type { Range } from '../../functions/domain/attribution/assemble';
import { respondentSource } from '../../functions/domain/attribution/respondent-source';
import { asText, cueClaim, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The source `respondentSource` gives the claim the tagger gave `source`, `cue` and `content` in `text`. */
function source(text: string, given: string, cue: string, content: string) {
  return asText(
    text,
    respondentSource(text, sentencesAtStops(text), sourcedClaim(text, given, cue, content)),
  )[0];
}

describe('those asked in a poll, before its cue', () => {
  it('are the source, not the poll', () => {
    expect(
      source('Almost 60% of those asked in a poll said prices rose.', 'a poll', 'said', 'prices rose'),
    ).toBe('Almost 60% of those asked in a poll');
    expect(
      source(
        'Meanwhile firms contacted by the local paper insist the rules work.',
        'the local paper',
        'insist',
        'the rules work',
      ),
    ).toBe('firms contacted by the local paper');
    expect(
      source(
        'Voters in most towns surveyed in a radio poll believe taxes are too high.',
        'a radio poll',
        'believe',
        'taxes are too high',
      ),
    ).toBe('Voters in most towns surveyed in a radio poll');
  });

  it('takes back a content piece the tagger gave the respondents', () => {
    const text = 'Half of those asked in a poll for a bank said that they save.';
    const a = sourcedClaim(text, 'a poll for a bank', 'said', 'that they save');
    const given = { ...a, content: [cueClaim(text, 'Half of those', 'x').cue[0] as Range, ...a.content] };
    expect(asText(text, respondentSource(text, sentencesAtStops(text), given))).toEqual([
      'Half of those asked in a poll for a bank',
      'said',
      'that they save',
    ]);
  });

  it('leaves a participle that is a verb of its own', () => {
    expect(
      source(
        'Later the minister was asked by reporters said he would go.',
        'reporters',
        'said',
        'he would go',
      ),
    ).toBe('reporters');
    expect(
      source('He quit after being contacted by the club said the paper.', 'the club', 'said', 'the paper'),
    ).toBe('the club');
    expect(
      source('The firm that was polled by Gallup says sales fell.', 'Gallup', 'says', 'sales fell'),
    ).toBe('Gallup');
  });
});
