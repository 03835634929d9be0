import { describe, expect, it } from 'vitest';
import { F_ALLCAP, F_HASDIGIT, F_INITCAP, wordFlags, wordShape } from '../../functions/domain/ner/word-shape';

describe('word shape and flags', () => {
  it('computes long and short shapes', () => {
    expect(wordShape('Baghdad', 2)).toBe('Xxx');
    expect(wordShape('Baghdad', 1)).toBe('Xx');
    expect(wordShape('U.S.', 1)).toBe('X.X.');
    expect(wordShape('1996-08-22', 2)).toBe('dd-dd-dd');
    expect(wordShape('McDonald', 1)).toBe('XxXx');
    expect(wordShape('Ünal', 1)).toBe('Xx');
  });

  it('flags capitalisation and digits', () => {
    expect(wordFlags('Baghdad') & F_INITCAP).toBeTruthy();
    expect(wordFlags('NATO') & F_ALLCAP).toBeTruthy();
    expect(wordFlags('nato') & (F_INITCAP | F_ALLCAP)).toBe(0);
    expect(wordFlags('2,500') & F_HASDIGIT).toBeTruthy();
  });
});
