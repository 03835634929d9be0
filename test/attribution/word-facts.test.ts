import { describe, expect, it } from 'vitest';
import { factsAt, wordMemo } from '../../functions/domain/attribution/features';

const lexicon = new Map([['said', 4]]);
const classes = new Map<string, number>();
const clusters = { map: new Map(), levels: 0 };
const facts = (memo: ReturnType<typeof wordMemo>, word: string) => {
  const at = factsAt(memo, word, lexicon, classes, clusters);
  return [...memo.facts.subarray(at, at + 9)];
};

describe('word facts memo', () => {
  it('keeps a word’s facts when its flat array grows past the first block', () => {
    const memo = wordMemo();
    const first = facts(memo, 'Said');
    const before = memo.facts.length;
    for (let i = 0; i < 5000; i++) facts(memo, `word${i}`);
    expect(memo.facts.length).toBeGreaterThan(before);
    expect(facts(memo, 'Said')).toEqual(first);
    expect(facts(memo, 'word4999')).toEqual(facts(wordMemo(), 'word4999'));
    expect(first[2]).toBe(4); // cue-likeness read from the lexicon, lowercased
  });
});
