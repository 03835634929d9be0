import { describe, expect, it } from 'vitest';
import { relativeReports } from '../../functions/domain/attribution/relative-report';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The attributions `relativeReports` finds in `text`, as text. */
function found(text: string, others: Attribution[] = []) {
  return relativeReports(text, sentencesAtStops(text), others).map((a) => asText(text, a));
}

describe('a speaker and a reporting verb inside a relative clause', () => {
  it('is a claim: the speaker, the verb, the pronoun and the rest of the clause', () => {
    expect(
      found('The ruling hurts efforts to recover the unit, which Acme claims was illegally sold.'),
    ).toEqual([['Acme', 'claims', 'which … was illegally sold']]);
    expect(found('He backed the coach, who he believes was the only choice - and said so.')).toEqual([
      ['he', 'believes', 'who … was the only choice'],
    ]);
    expect(found('It will examine contracts which it believes may have been tainted by the deal.')).toEqual([
      ['it', 'believes', 'which … may have been tainted by the deal'],
    ]);
  });

  it('ends a clause set off by commas at the next comma', () => {
    expect(
      found('Critics fear the law, which the EU says is needed to match US rules, goes too far.'),
    ).toEqual([['the EU', 'says', 'which … is needed to match US rules']]);
  });

  it('leaves a "that" clause a verb reports, and a cue another attribution holds', () => {
    expect(found('A spokesman said the tests showed that it believed there was gas.')).toEqual([]);
    const text = 'Critics say the powers, which Mr Chavez argues are needed, trample on rights.';
    const outer = sourcedClaim(
      text,
      'Critics',
      'say',
      'the powers, which Mr Chavez argues are needed, trample on rights',
    );
    expect(found(text, [outer])).toEqual([]);
  });

  it('is how the extractor reads such a clause the tagger gives no cue', () => {
    const text = 'The airline will order the new jet, which Boeing says is super-economical.';
    expect(extracted(text)).toContainEqual(['Boeing', 'says', 'which … is super-economical']);
  });
});
