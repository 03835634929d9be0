import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { groupMember } from '../../../functions/domain/claims/group-member';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

/** The subject found for the relative pronoun `pronoun` (its first occurrence) in `text`. */
function memberOf(text: string, pronoun = 'who'): string | undefined {
  const start = text.search(new RegExp(`\\b${pronoun}\\b`));
  return groupMember(text, annotate(text).sentences, { start, end: start + pronoun.length, text: pronoun })
    ?.text;
}

describe('groupMember', () => {
  it('gives the subject placed among a group, not the group', () => {
    expect(memberOf('The Home Secretary Jane Hill is among those who have called for a review.')).toBe(
      'The Home Secretary Jane Hill',
    );
    expect(memberOf('Leeds and Bristol are among cities who have voiced interest in the games.')).toBe(
      'Leeds and Bristol',
    );
    expect(memberOf('Ann Lee was one of the few that said the plan would fail.', 'that')).toBe('Ann Lee');
  });

  it('takes a listed subject whole, without an opening connective or lower-case words', () => {
    expect(memberOf('Tom Ray, Blur, Ann Cole and Sam Fox are among the acts who said they would play.')).toBe(
      'Tom Ray, Blur, Ann Cole and Sam Fox',
    );
    expect(memberOf('However, Acme and Bosco are among firms who said prices would rise.')).toBe(
      'Acme and Bosco',
    );
    expect(
      memberOf('In the meantime, Acme, Bosco and Cray are among firms that said prices rose.', 'that'),
    ).toBe('Acme, Bosco and Cray');
  });

  it('leaves a pronoun with no copula before the group, or a group set off by marks', () => {
    expect(memberOf('He spoke among friends who said he was tired.')).toBeUndefined();
    expect(memberOf('Jane Hill is among those (critics) who said so.')).toBeUndefined();
    expect(memberOf('The man who said it left.')).toBeUndefined();
  });
});

describe('buildClaims with a member of a group as source', () => {
  it('takes the subject as speaker, not the copula and the group', () => {
    const text = 'The Home Secretary Jane Hill is among those who have called for a review.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = { source: [at('who')], cue: [at('have called for')], content: [at('a review')] };
    const [claim] = buildClaims(annotate(text), [a], [], scorer).claims.filter(
      (c) => c.kind !== 'unattributed',
    );
    expect(claim?.speaker?.text).toBe('The Home Secretary Jane Hill');
  });
});
