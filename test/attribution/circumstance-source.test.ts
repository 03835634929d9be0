import { describe, expect, it } from 'vitest';
import { circumstanceCut } from '../../functions/domain/attribution/circumstance-source';
import type { Run } from '../../functions/domain/attribution/tags';
import { runsIn } from './runs-fixture';

/** The source `circumstanceCut` leaves of `source` in `text`. */
function source(text: string, found: string, cue = 'said'): string {
  const { seq, runs, read } = runsIn(text, [
    ['cue', cue],
    ['source', found],
  ]);
  return read(circumstanceCut(seq, runs, runs[0] as Run)).find(([role]) => role === 'source')?.[1] as string;
}

describe('a source run on past a name into when or where it spoke', () => {
  it('ends at the name before a time or an occasion', () => {
    const jol = '"It was wrong," said Jol after the 0-0 draw.';
    expect(source(jol, 'Jol after the 0-0 draw')).toBe('Jol');
    const spacey = '"It was fun," said Kevin Spacey at the premiere.';
    expect(source(spacey, 'Kevin Spacey at the premiere')).toBe('Kevin Spacey');
    const press = '"We won," said chief executive Mervyn Davies at a London press conference.';
    expect(source(press, 'chief executive Mervyn Davies at a London press conference')).toBe(
      'chief executive Mervyn Davies',
    );
    const before = 'The Electoral Commission on Thursday said it was satisfied.';
    expect(source(before, 'The Electoral Commission on Thursday')).toBe('The Electoral Commission');
    const straw = 'Mr Straw last week said he agreed.';
    expect(source(straw, 'Mr Straw last week')).toBe('Mr Straw');
    const minister = 'The prime minister on Sunday said taxes would not rise.';
    expect(source(minister, 'The prime minister on Sunday')).toBe('The prime minister');
    const july = 'But Bob Geldof in July said he was sick of it.';
    expect(source(july, 'Bob Geldof in July')).toBe('Bob Geldof');
  });

  it('keeps a workplace, a paper named for a day, and anything after a comma', () => {
    const firm = '"It is costs," said analyst Alex Potter at Lehman Brothers.';
    expect(source(firm, 'analyst Alex Potter at Lehman Brothers')).toBe(
      'analyst Alex Potter at Lehman Brothers',
    );
    const paper = 'The Mail on Sunday said the plan was dead.';
    expect(source(paper, 'The Mail on Sunday')).toBe('The Mail on Sunday');
    const school = '"No," said Dr Ann Lee at the University of Leeds.';
    expect(source(school, 'Dr Ann Lee at the University of Leeds')).toBe(
      'Dr Ann Lee at the University of Leeds',
    );
    const apposition = 'Phil Bennett, a fly-half for Wales in the 1970s, said the team were ready.';
    expect(source(apposition, 'Phil Bennett, a fly-half for Wales in the 1970s')).toBe(
      'Phil Bennett, a fly-half for Wales in the 1970s',
    );
  });

  it('is the subject of the clause a conjunction opens, in a source right before its cue', () => {
    const clarke = 'MPs voted in favour of the Bill after Mr Clarke agreed to key changes.';
    expect(source(clarke, 'favour of the Bill after Mr Clarke', 'agreed')).toBe('Mr Clarke');
    const virgin = 'Sales grew at firms including Nokia and Samsung while Virgin said it sold more.';
    expect(source(virgin, 'firms including Nokia and Samsung while Virgin')).toBe('Virgin');
    const years = 'Documents released after 30 years show the talks failed.';
    expect(source(years, 'Documents released after 30 years', 'show')).toBe(
      'Documents released after 30 years',
    );
  });
});
