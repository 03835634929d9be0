import { describe, expect, it } from 'vitest';
import { clauseStart } from '../../functions/domain/attribution/clause-start';
import { asText, extracted, sourcedClaim } from './text-fixture';

/** The content `clauseStart` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string) {
  return asText(text, clauseStart(text, sourcedClaim(text, source, cue, found)))[2];
}

describe('a content that starts on a comma or a dash', () => {
  it('starts where the reported clause starts', () => {
    const after = 'Although teenagers still write viruses, said Mr Hogan, 2004 saw a rise in crime.';
    expect(content(after, 'Mr Hogan', 'said', ', 2004 saw a rise in crime.')).toBe(
      '2004 saw a rise in crime.',
    );
    const list = 'As part of his reforms he has announced: - Duty cuts on capital goods';
    expect(content(list, 'he', 'has announced:', '- Duty cuts on capital goods')).toBe(
      'Duty cuts on capital goods',
    );
  });

  it('leaves a relative, an apposition, a conjunction or a reporting participle after the comma', () => {
    const relative = 'Apple has done well, said Mr Fogg, who also expected copies.';
    expect(content(relative, 'Mr Fogg', 'said', ', who also expected copies.')).toBe(
      ', who also expected copies.',
    );
    const apposition = 'Investment is welcome, insists Mr Hadi, an Iraqi who left.';
    expect(content(apposition, 'Mr Hadi', 'insists', ', an Iraqi who left.')).toBe(', an Iraqi who left.');
    const adding = 'This has amplified reactions, analysts said, adding that markets will calm.';
    expect(content(adding, 'analysts', 'said', ', adding that markets will calm.')).toBe(
      ', adding that markets will calm.',
    );
  });

  it('leaves a number with a minus sign', () => {
    expect(content('The index fell, he said -5% on the day.', 'he', 'said', '-5% on the day.')).toBe(
      '-5% on the day.',
    );
  });

  it('is how the extractor reads "As X declared, Y"', () => {
    const text = 'As one of the journalists at the unveiling declared, it was all very post modern.';
    expect(extracted(text)).toEqual([
      ['one of the journalists at the unveiling', 'declared', 'it was all very post modern.'],
    ]);
  });
});
