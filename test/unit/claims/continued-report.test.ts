import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

describe('buildClaims with a speaker who goes on to a second report', () => {
  it('makes two claims of one speaker', () => {
    const text = 'The council said the figures were poor and warned that rates would rise next year.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The council')],
      cue: [at('said')],
      content: [at('the figures were poor and warned that rates would rise next year')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => [c.speaker?.text, c.cue?.text, c.content.text])).toEqual([
      ['The council', 'said', 'the figures were poor'],
      ['The council', 'warned', 'that rates would rise next year'],
    ]);
  });
});
