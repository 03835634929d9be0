import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { withoutHearer } from '../../../functions/domain/claims/hearer-that';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

/** The attribution's content as text, fragments joined by " … ". */
function contentOf(text: string, a: Attribution): string {
  return a.content.map((r) => text.slice(r.start, r.end)).join(' … ');
}

/** An attribution of `source`, `cue` and content fragments, as spans of `text`. */
function told(text: string, source: string, cue: string, ...content: string[]): Attribution {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { source: [at(source)], cue: [at(cue)], content: content.map(at) };
}

describe('a hearer before "that" in the content', () => {
  it.each([
    [
      'The board assured the staff on its intranet that no jobs would go.',
      'assured',
      'the staff on its intranet that no jobs would go',
    ],
    [
      'Mr Pryce told investors of Delmar, the group parent, on Oct. 2 that the sale would close.',
      'told',
      'the group parent, on Oct. 2 that the sale would close',
    ],
    [
      'She has convinced the committee that the rules should stay.',
      'has convinced',
      'the committee that the rules should stay',
    ],
  ])('is left out: %s', (text, cue, content) => {
    const source = text.slice(0, text.indexOf(` ${cue}`));
    const out = withoutHearer(text, told(text, source, cue, content));
    expect(contentOf(text, out)).toBe(content.slice(content.indexOf('that ')));
  });

  it('is left out across a fragment break', () => {
    const text = 'The agency assured the public on its website, a busy page, that the risk was low.';
    const a = told(text, 'The agency', 'assured', 'the public on its website', 'that the risk was low');
    expect(contentOf(text, withoutHearer(text, a))).toBe('that the risk was low');
  });

  it.each([
    // a passive cue: what follows is its subject's report, no hearer
    ['Staff were told managers that cuts will come.', 'were told', 'managers that cuts will come'],
    // a clause, not a hearer, before "that"
    [
      'He warned there was a risk that prices would rise.',
      'warned',
      'there was a risk that prices would rise',
    ],
    [
      'He told reporters he was sure that the plan works.',
      'told',
      'reporters he was sure that the plan works',
    ],
    // a relative "that"
    [
      'She told a crowd that filled the hall of her plans.',
      'told',
      'a crowd that filled the hall of her plans',
    ],
    // what was told comes first
    ['He told of his shock that the club had folded.', 'told', 'of his shock that the club had folded'],
  ])('stays where no hearer comes first: %s', (text, cue, content) => {
    const source = text.slice(0, text.indexOf(` ${cue}`));
    expect(contentOf(text, withoutHearer(text, told(text, source, cue, content)))).toBe(content);
  });

  it('gives the claim a content opening on "that"', () => {
    const text = 'The mayor assured the residents of Elm Park that the bridge was safe.';
    const claims = buildClaims(
      annotate(text),
      [told(text, 'The mayor', 'assured', 'the residents of Elm Park that the bridge was safe')],
      [],
      scorer,
    ).claims;
    expect(claims.find((c) => c.kind !== 'unattributed')?.content.text).toBe('that the bridge was safe');
  });
});
