import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../functions/domain/lookup/word-table';

const words = ['the', 'naïve', 'münchen', 'a', 'zürich', '東京', '<num>', 'x'.repeat(40), ''];
const text = new TextEncoder().encode(words.join('\n'));

describe('word table (words looked up in their stored text)', () => {
  it('gives each stored word its number, ASCII or not', () => {
    const table = new WordTable(text, words.length);
    expect(table.size).toBe(words.length);
    words.forEach((w, i) => {
      expect(table.indexOf(w)).toBe(i);
    });
  });

  it('knows no other word: prefixes, extensions, other cases, lone surrogates', () => {
    const table = new WordTable(text, words.length);
    for (const w of ['th', 'them', 'The', 'naive', 'münche', 'zürichs', '東', '\ud800', 'x'.repeat(39)])
      expect(table.indexOf(w)).toBe(-1);
  });

  it('reads only the first `size` words, and lists them', () => {
    const table = new WordTable(text, 3);
    expect(table.words()).toEqual(words.slice(0, 3));
    expect(table.indexOf('a')).toBe(-1);
    expect(new WordTable(new Uint8Array(0), 0).words()).toEqual([]);
  });

  it('finds every word of a large table, whatever the collisions', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${(i * 7919) % 100_003}`);
    const table = new WordTable(new TextEncoder().encode(many.join('\n')), many.length);
    many.forEach((w, i) => {
      expect(table.indexOf(w)).toBe(i);
    });
    expect(table.indexOf('w100003')).toBe(-1);
  });
});
