import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { isImpersonalIt, withoutImpersonalIt } from '../../../functions/domain/claims/impersonal-it';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';
import type { Entity } from '../../../functions/domain/model/document';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('isImpersonalIt', () => {
  it('reads "it" before a passive report or "emerged" as no one', () => {
    expect(isImpersonalIt('It', "'s predicted")).toBe(true);
    expect(isImpersonalIt('It', 'has also emerged')).toBe(true);
    expect(isImpersonalIt('it', 'is hoped')).toBe(true);
    expect(isImpersonalIt('It', 'has been  suggested')).toBe(true);
    expect(isImpersonalIt('it', 'could be argued')).toBe(true);
    expect(isImpersonalIt('It', 'has been reported')).toBe(true);
  });

  it('reads "it" in a set phrase as no one', () => {
    expect(isImpersonalIt('it', 'is difficult to say')).toBe(true);
    expect(isImpersonalIt('It', 'just goes to show')).toBe(true);
    expect(isImpersonalIt('It', 'is too early to tell')).toBe(true);
  });

  it('leaves "it" before an active verb, and other sources', () => {
    expect(isImpersonalIt('It', 'said')).toBe(false);
    expect(isImpersonalIt('It', 'also announced')).toBe(false);
    expect(isImpersonalIt('It', 'is planning')).toBe(false);
    expect(isImpersonalIt('The firm', 'is expected')).toBe(false);
  });
});

describe('buildClaims with an impersonal "it" as source', () => {
  it('gives the claim no source, so not the body named before', () => {
    const text = 'Phone makers met in Paris. It is predicted that by 2009 most people will own a phone.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('It')],
      cue: [at('is predicted')],
      content: [at('that by 2009 most people will own a phone')],
    };
    const makers: Entity = {
      id: 'org.phone-makers',
      name: 'Phone makers',
      type: 'ORG',
      aliases: [],
      mentions: [{ ...at('Phone makers'), text: 'Phone makers' }],
      roles: [],
      salience: 1,
    };
    const claims = buildClaims(annotate(text), [a], [makers], scorer).claims;
    const claim = claims.find((c) => c.kind !== 'unattributed');
    expect(claim?.cue?.text).toBe('is predicted');
    expect(claim?.speaker).toBeNull();
  });
});

describe('withoutImpersonalIt', () => {
  const text = 'It is hoped the museum will open in 2007. It said the plan would work.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('drops an impersonal "it" the tagger took into the content before a passive cue', () => {
    const a: Attribution = {
      source: null,
      cue: [at('is hoped')],
      content: [at('It'), at('the museum will open in 2007')],
    };
    expect(withoutImpersonalIt(text, a).content).toEqual([at('the museum will open in 2007')]);
  });

  it('keeps an "it" before an active cue, and a lone content', () => {
    const said: Attribution = { source: null, cue: [at('said')], content: [at('It said')] };
    expect(withoutImpersonalIt(text, said)).toBe(said);
    const lone: Attribution = { source: null, cue: [at('is hoped')], content: [at('It')] };
    expect(withoutImpersonalIt(text, lone)).toBe(lone);
  });
});
