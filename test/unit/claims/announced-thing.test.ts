import { describe, expect, it } from 'vitest';
import { announcesThing } from '../../../functions/domain/claims/announced-thing';
import { buildClaims } from '../../../functions/domain/claims/build';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the cue of a one-sentence text, with no source, tells only of a thing announced or a post filled. */
function announced(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  return announcesThing(
    cue,
    false,
    text.slice(Math.max(0, start - 8), start),
    text.slice(start + cue.length),
  );
}

describe('announcesThing', () => {
  it('reads a thing announced, confirmed or declared, or a post filled, as no statement', () => {
    expect(
      announced('The winners will be announced at a dinner in Leeds on 3 May.', 'will be announced'),
    ).toBe(true);
    expect(announced('Shares fell after the results were announced on Friday.', 'were announced')).toBe(true);
    expect(announced('If the figures are confirmed, it will be a record.', 'are confirmed')).toBe(true);
    expect(announced('The firm was declared bankrupt in 2003.', 'was declared')).toBe(true);
    expect(announced('When Smith was appointed last year, the club was bottom.', 'was appointed')).toBe(true);
    expect(announced('The plan was first announced in 2001.', 'was first announced')).toBe(true);
    expect(announced('She will speak when the bill is debated in the Commons.', 'is debated')).toBe(true);
    expect(announced('More maps came after the first ones were revealed last week.', 'were revealed')).toBe(
      true,
    );
  });

  it('leaves the impersonal "it", a "by" naming who made it, a that-clause and a source', () => {
    expect(announced('The club will close, it has been confirmed.', 'has been confirmed')).toBe(false);
    expect(announced('The bank lent the firm $6bn, it has been revealed.', 'has been revealed')).toBe(false);
    expect(announced('Later it was announced that ten offices would shut.', 'was announced')).toBe(false);
    expect(announced('New rules have been announced by the minister.', 'have been announced')).toBe(false);
    expect(announced('The decision was announced that the plant would close.', 'was announced')).toBe(false);
    expect(announcesThing('was announced', true, 'plan ', ' on Monday.')).toBe(false);
  });

  it('leaves cues of other verbs', () => {
    expect(announced('The film is expected to open in May.', 'is expected')).toBe(false);
    expect(announced('The idea was floated by fans last year.', 'was floated')).toBe(false);
  });
});

describe('buildClaims with a thing announced', () => {
  it('makes no attributed claim of it, and the sentence may be an unattributed one', () => {
    const text = 'The winners will be announced at a ceremony in London on 30 November.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: null,
      cue: [at('will be announced')],
      content: [at('at a ceremony in London on 30 November.')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
    expect(claims.map((c) => c.content.text)).toEqual([text]);
  });
});
