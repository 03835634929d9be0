import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from '../../../functions/domain/entities/packed-words';

describe('packed word lists', () => {
  it('unpack to the words packed, in their order', () => {
    const words = ['zebra', 'abandon', 'abandoned', 'a', 'yellow'];
    expect(unpackWords(packWords(words))).toEqual(words);
  });

  it('are plain base64 text, smaller than the words one a line once the list is long', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    const packed = packWords(words);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(packed.length).toBeLessThan(words.join('\n').length / 2);
  });
});
