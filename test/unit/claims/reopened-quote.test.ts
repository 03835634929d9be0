import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { FRAGMENT_JOIN } from '../../../functions/domain/claims/content';
import { reopenedQuoteCuts, splitAtCuts } from '../../../functions/domain/claims/reopened-quote';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';
import { findQuotes } from '../../../functions/domain/text/quotations';
import { entitiesOf } from '../entities/helpers';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

/** The texts of `part`'s pieces once cut where a quote reopens. */
function pieces(text: string, part: string): string[] {
  const start = text.indexOf(part);
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return splitAtCuts(text, [{ start, end: start + part.length }], reopenedQuoteCuts(text, quotes)).map((r) =>
    text.slice(r.start, r.end),
  );
}

describe('splitAtCuts at reopenedQuoteCuts', () => {
  it('cuts a content where a quote reopens after a sentence, its paragraph break lost', () => {
    const text = 'Mr Davey said: "We will win more seats. "I think it is our best chance. "Trust us."';
    expect(pieces(text, 'We will win more seats. "I think it is our best chance. "Trust us')).toEqual([
      'We will win more seats.',
      'I think it is our best chance.',
      'Trust us',
    ]);
  });

  it('cuts between a closed quote and one opening right after it', () => {
    const text = 'Ann Lee says: "I think so." "It will drive her on."';
    expect(pieces(text, 'I think so." "It will drive her on')).toEqual([
      'I think so.',
      'It will drive her on',
    ]);
  });

  it('leaves a quoted word within a sentence, and narration going into a quote', () => {
    const quotedWord = 'He said the "new" plan was "late".';
    expect(pieces(quotedWord, 'the "new" plan was "late"')).toEqual(['the "new" plan was "late"']);
    const narration = 'He said the plan was late. "It will fail."';
    expect(pieces(narration, 'the plan was late. "It will fail')).toEqual([
      'the plan was late. "It will fail',
    ]);
  });
});

describe('buildClaims with a quote run over lost paragraph breaks', () => {
  it('reads the content as direct, its paragraphs joined as fragments', () => {
    const text = 'Ed Davey said: "We will win more seats. "I think it is our best chance."';
    const content = 'We will win more seats. "I think it is our best chance.';
    const start = text.indexOf(content);
    const a: Attribution = {
      source: [{ start: 0, end: 8 }],
      cue: [{ start: 9, end: 14 }],
      content: [{ start, end: start + content.length }],
    };
    const [claim] = buildClaims(annotate(text), [a], entitiesOf(text, [['Ed Davey', 'PER']]), scorer).claims;
    expect(claim).toMatchObject({
      kind: 'direct',
      content: { text: `We will win more seats.${FRAGMENT_JOIN}I think it is our best chance.` },
    });
  });
});
