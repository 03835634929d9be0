import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { relativeClauseHead } from '../../../functions/domain/claims/relative-clause-source';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

/** The head found for `source` before `cue` in `text`. */
function headOf(text: string, source: string, cue: string): string | undefined {
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  return relativeClauseHead(text, annotate(text).sentences, span(source), span(cue))?.text;
}

describe('relativeClauseHead', () => {
  it('gives the noun phrase a relative clause follows when the source ends the clause before the cue', () => {
    expect(
      headOf(
        'Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer.',
        'Rosemount and Lindemans',
        'dismissed',
      ),
    ).toBe('Southcorp');
    expect(
      headOf(
        'The company, which makes games such as Neverwinter Nights, is seeking a buyer.',
        'Neverwinter Nights',
        'is seeking',
      ),
    ).toBe('The company');
    expect(
      headOf(
        'The defence protested after Mr Bashir, who interviewed Jackson for the film, refused to answer.',
        'Jackson for the film',
        'refused',
      ),
    ).toBe('Mr Bashir');
  });

  it('leaves a source outside a clause, one the cue does not follow at once, and a participle cue', () => {
    expect(
      headOf('Southcorp said Penfolds, the brand, dismissed it.', 'the brand', 'dismissed'),
    ).toBeUndefined();
    expect(
      headOf(
        'He was introduced by his son Nick, a trainee vicar, who praised him.',
        'a trainee vicar',
        'praised',
      ),
    ).toBeUndefined();
    expect(
      headOf(
        'It was a strange week for M&S, which received a statement from Philip Green, the Bhs owner, confirming the bid.',
        'Philip Green, the Bhs owner',
        'confirming',
      ),
    ).toBeUndefined();
  });
});

describe('buildClaims with a source at the end of a relative clause', () => {
  it('gives the claim to the noun phrase the clause follows', () => {
    const text =
      'Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer as inadequate.';
    const at = (s: string) => [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }];
    const a: Attribution = {
      source: at('Rosemount and Lindemans'),
      cue: at('dismissed'),
      content: at('the offer as inadequate'),
    };
    const [claim] = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claim?.speaker?.text).toBe('Southcorp');
  });
});
