import { describe, expect, it } from 'vitest';
import { extendBareDeterminer } from '../../../functions/domain/claims/bare-determiner';

/** The source "The"/"the" at its first occurrence, extended up to the cue word. */
function extended(text: string, cueWord: string, det = 'The'): string {
  const start = text.indexOf(det);
  const source = { start, end: start + det.length, text: det };
  return extendBareDeterminer(text, source, text.indexOf(cueWord)).text;
}

describe('a source cut to its determiner', () => {
  it('takes on the name after it, and a head noun after a name', () => {
    expect(extended('The Fed did not rule out raising rates but noted that …', 'noted')).toBe('The Fed');
    expect(extended('The LSE, which saw its shares rise 25%, said the bid …', 'said')).toBe('The LSE');
    expect(extended('The Kok report tries to do away with a belief that …', 'belief')).toBe('The Kok report');
    expect(extended('Analysts said the World Health Organization warned …', 'warned', 'the')).toBe(
      'the World Health Organization',
    );
  });

  it('takes on one common noun when no name follows', () => {
    expect(extended('The firm, which floated in 2003, recently announced a deal.', 'announced')).toBe(
      'The firm',
    );
    expect(extended('The organisation has found that …', 'found')).toBe('The organisation');
  });

  it('never reaches the cue, and leaves other sources alone', () => {
    expect(extended('The said nothing.', 'said')).toBe('The');
    const source = { start: 0, end: 7, text: 'The Fed' };
    expect(extendBareDeterminer('The Fed said so.', source, 8)).toBe(source);
  });
});
