import { describe, expect, it } from 'vitest';
import { hearerBeforeColon } from '../../functions/domain/attribution/hearer-colon';
import { quoteStates } from '../../functions/domain/attribution/quotes';
import { ruleOn } from './runs-fixture';

const read = ruleOn((seq, text, runs, cue) =>
  hearerBeforeColon(seq, quoteStates(text, seq.tokens), runs, cue),
);

const contentOf = (text: string, content: string) =>
  read(text, [
    ['cue', 'told'],
    ['content', content],
  ]).out.find(([role]) => role === 'content')?.[1];

describe('a long hearer after "told", then a colon and a quote', () => {
  it('is left out of the content, which starts inside the quote', () => {
    const text = 'But he told the Commons foreign affairs committee: "Our position is very clear."';
    const { out } = read(text, [
      ['source', 'he'],
      ['cue', 'told'],
      ['content', 'foreign affairs committee: "Our position is very clear'],
    ]);
    expect(out).toEqual([
      ['source', 'he'],
      ['cue', 'told'],
      ['content', 'Our position is very clear'],
    ]);
  });

  it('reads a possessive as part of the hearer, and takes out a hearer the content starts with', () => {
    const cases: [string, string][] = [
      ['Mr Solana told ITV1\'s Jonathan Dimbleby programme: "It works."', 'programme: "It works'],
      ['He told the Commons committee: "It works."', 'the Commons committee: "It works'],
    ];
    for (const [text, content] of cases) expect(contentOf(text, content), text).toBe('It works');
  });

  it('leaves a content after a clause, without a quote, or of another cue alone', () => {
    const cases: [string, string, string][] = [
      ['He told MPs that it was: "a scandal".', 'told', 'it was: "a scandal'],
      ['He told the committee members: the plan is dead.', 'told', 'members: the plan is dead'],
      ['He said the committee members: "The plan is dead."', 'said', 'members: "The plan is dead'],
      ['He was told the committee members: "The plan is dead."', 'was told', 'members: "The plan is dead'],
    ];
    for (const [text, cue, content] of cases) {
      const { out, unchanged } = read(text, [
        ['cue', cue],
        ['content', content],
      ]);
      expect(out, text).toEqual(unchanged);
    }
  });
});
