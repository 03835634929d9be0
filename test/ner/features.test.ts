import { describe, expect, it } from 'vitest';
import {
  affixHashes,
  casing,
  F_ALLCAP,
  F_HASDIGIT,
  F_INITCAP,
  FeatureExtractor,
  Gazetteer,
  hashRange,
  hashString,
  isCapsSentence,
  mix,
  normalizeToken,
  tokenKey,
  wordFlags,
  wordKey,
  wordShape,
} from '../../functions/domain/ner/features';

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

describe('hashing', () => {
  it('is deterministic and spreads values', () => {
    expect(hashString('Baghdad')).toBe(hashString('Baghdad'));
    expect(hashString('Baghdad')).not.toBe(hashString('baghdad'));
    expect(mix(3, 5)).toBe(mix(3, 5));
    expect(mix(3, 5)).not.toBe(mix(5, 3));
  });
});

describe('affix hashes', () => {
  /** The hashes as code-point substrings define them. */
  function expected(key: string): Int32Array {
    const chars = [...key];
    const out = new Int32Array(8);
    for (let l = 1; l <= 4; l++) {
      if (chars.length > l) {
        out[l - 1] = hashString(chars.slice(0, l).join(''));
        out[3 + l] = hashString(chars.slice(-l).join(''));
      }
    }
    return out;
  }

  it('hashes a range like the substring', () => {
    expect(hashRange('berlin', 1, 4)).toBe(hashString('erl'));
    expect(hashRange('berlin', 2, 2)).toBe(hashString(''));
  });

  it('hashes prefixes and suffixes by code point, also for astral characters', () => {
    for (const key of ['', 'a', 'ab', 'abcde', 'münchen', 'x😀yz', '😀😀😀😀😀', 'a\ud800b']) {
      const got = new Int32Array(8);
      affixHashes(key, got);
      expect(got).toEqual(expected(key));
    }
  });
});

describe('gazetteer', () => {
  const gaz = new Gazetteer([[['New', 'York'], ['New', 'York', 'City'], ['York']], [['Patrick']]]);

  it('matches the longest phrase per list, case-insensitively, with B/I/L/U positions', () => {
    const out: number[][] = [];
    gaz.match(['in', 'new', 'york', 'city', ',', 'patrick'], out);
    expect(out[0]).toEqual([]);
    expect(out[1]).toEqual([0 * 4 + 0]); // B of list 0
    expect(out[2]).toEqual([0 * 4 + 1, 0 * 4 + 3]); // I of "new york city", U of "york"
    expect(out[3]).toEqual([0 * 4 + 2]); // L
    expect(out[5]).toEqual([1 * 4 + 3]); // U of list 1
  });
});

describe('feature extraction', () => {
  const fx = new FeatureExtractor({ hashBits: 16, clusters: null, gazetteer: null });

  it('gives every token a non-empty, bounded, deterministic feature set', () => {
    const doc = [
      ['Pentagon', 'Press', 'Secretary', 'General', 'Patrick', 'Ryder', 'said', '.'],
      ['Ryder', 'spoke', 'in', 'Baghdad', '.'],
    ];
    const a = fx.document(doc);
    const b = fx.document(doc);
    expect(a).toHaveLength(2);
    const first = a[0];
    if (!first) throw new Error('no features');
    expect(first.offsets).toHaveLength(9);
    for (let i = 0; i < 8; i++) {
      expect((first.offsets[i + 1] as number) - (first.offsets[i] as number)).toBeGreaterThan(10);
    }
    for (const f of first.feats) expect(f).toBeLessThan(1 << 16);
    expect(Array.from(a[1]?.feats ?? [])).toEqual(Array.from(b[1]?.feats ?? []));
  });

  it('classifies sentence casing', () => {
    const c = (s: string) => casing(s.split(' ').map((t) => fx.info(t)));
    expect(c('SOCCER - JAPAN GET LUCKY WIN')).toBe(1);
    expect(c('pentagon says troops will stay in syria')).toBe(2);
    expect(c('Pentagon Says Troops Will Stay in Syria')).toBe(3);
    expect(c('Angela Merkel met Emmanuel Macron in Berlin to discuss the budget')).toBe(0);
  });

  it('recognises headline (all-caps) sentences', () => {
    expect(isCapsSentence(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'].map((t) => fx.info(t)))).toBe(true);
    expect(isCapsSentence(['EU', 'rejects', 'German', 'call'].map((t) => fx.info(t)))).toBe(false);
  });
});
