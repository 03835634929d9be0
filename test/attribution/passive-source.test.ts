import { describe, expect, it } from 'vitest';
import { passiveSubject } from '../../functions/domain/attribution/passive-source';
import type { Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

/** Whether the source phrase before the cue phrase in `text` is a passive's subject. */
function subjectOnly(text: string, source: string, cue: string): boolean {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const run = (phrase: string, role: Run['role']): Run => {
    const from = text.indexOf(phrase);
    return {
      role,
      first: tokens.findIndex((t) => t.start === from),
      last: tokens.findIndex((t) => t.end === from + phrase.length),
    };
  };
  return passiveSubject(seq, run(cue, 'cue'), run(source, 'source'));
}

describe('a source before a passive reporting verb', () => {
  it.each([
    ['Mr Botin is accused of misusing funds.', 'Mr Botin', 'is accused of'],
    ['Blair was asked if the SAS had been used.', 'Blair', 'was asked'],
    ['Angels has been named the best song.', 'Angels', 'has been named'],
    ['Halo 2 is also widely tipped to sell well.', 'Halo 2', 'is also widely tipped'],
    ['Liverpool are reported to have bid £3.5m.', 'Liverpool', 'are reported'],
    ['The deal was done, it is understood.', 'it', 'is understood'],
  ])('is no source: %s', (text, source, cue) => {
    expect(subjectOnly(text, source, cue)).toBe(true);
  });

  it.each([
    ['Mr Gant is quoted as saying he regrets it.', 'Mr Gant', 'is quoted as saying'],
    ['Mr Gant is alleged to have said he would resign.', 'Mr Gant', 'is alleged to have said'],
    ['Mr Gant is keen to stay.', 'Mr Gant', 'is keen'],
    ['Mr Gant said he was pleased.', 'Mr Gant', 'said'],
  ])('stays the source: %s', (text, source, cue) => {
    expect(subjectOnly(text, source, cue)).toBe(false);
  });

  it('leaves a source after the cue alone ("was asked by the host")', () => {
    expect(subjectOnly('Sanders was asked by the host whether he would run.', 'the host', 'was asked')).toBe(
      false,
    );
  });
});
