import { describe, expect, it } from 'vitest';
import { normalizeToken, tokenKey, wordKey } from '../../functions/domain/ner/tokens';

describe('token normalisation', () => {
  it('maps curly quotes and dashes to CoNLL ASCII forms', () => {
    expect(normalizeToken('“')).toBe('"');
    expect(normalizeToken('”')).toBe('"');
    expect(normalizeToken('’s')).toBe("'s");
    expect(normalizeToken('O’Neill')).toBe("O'Neill");
    expect(normalizeToken('—')).toBe('--');
    expect(normalizeToken('``')).toBe('"');
    expect(normalizeToken('Baghdad')).toBe('Baghdad');
    expect(normalizeToken('US')).toBe('U.S.');
    expect(normalizeToken('us')).toBe('us');
    expect(normalizeToken('constructor')).toBe('constructor');
  });

  it('keys words lowercased with digits folded', () => {
    expect(wordKey('1996-08-22')).toBe('0000-00-00');
    expect(wordKey('NATO')).toBe('nato');
  });

  it('keys a token as normalising then keying it does, plain words or not', () => {
    const tokens = ['said', 'NATO', 'US', 'UN', 'us', '1996', 'O’Neill', '``', '—', 'Zürich', 'e-mail', ''];
    for (const t of tokens) {
      expect(tokenKey(t)).toBe(wordKey(normalizeToken(t)));
    }
    // seeded random tokens over letters, digits, aliases' letters and mapped punctuation
    const alphabet = ['a', 'Z', 'U', 'S', 'N', '7', '’', '“', '—', '`', 'é', '-', '.', '{', '@', '['];
    let seed = 12345;
    for (let n = 0; n < 2000; n++) {
      let t = '';
      const length = n % 5;
      for (let i = 0; i < length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        t += alphabet[seed % alphabet.length];
      }
      expect(tokenKey(t)).toBe(wordKey(normalizeToken(t)));
    }
  });
});
