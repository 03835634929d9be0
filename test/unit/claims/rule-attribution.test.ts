import { describe, expect, it } from 'vitest';
import { RuleAttributionExtractor } from '../../../functions/domain/claims/rule-attribution';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Fragments } from '../../../functions/domain/extract/types';

function attributions(text: string) {
  const slice = (f: Fragments | null) => (f ? f.map((x) => text.slice(x.start, x.end)).join(' … ') : null);
  return new RuleAttributionExtractor()
    .extract(annotate(text), [])
    .map((a) => ({ source: slice(a.source), cue: slice(a.cue), content: slice(a.content) }));
}

describe('RuleAttributionExtractor', () => {
  it('finds a quote with the speaker and cue after it', () => {
    expect(attributions('“We have no plans to leave,” Defence Minister Lina Park said on Monday.')).toEqual([
      { source: 'Defence Minister Lina Park', cue: 'said', content: 'We have no plans to leave' },
    ]);
  });

  it('finds a quote introduced by speaker and cue', () => {
    expect(attributions('Local MP Omar Haddad confirmed “the camps are still open.”')).toEqual([
      { source: 'Local MP Omar Haddad', cue: 'confirmed', content: 'the camps are still open.' },
    ]);
  });

  it('does not take the audience of "told" for the speaker', () => {
    const [a] = attributions('“It is over,” Park told reporters.');
    expect(a?.source).toBe('Park');
  });

  it('reads "according to" before and after the content', () => {
    expect(attributions('Rents rose 12 percent last year, according to the housing agency.')).toEqual([
      { source: 'the housing agency', cue: 'according to', content: 'Rents rose 12 percent last year' },
    ]);
    expect(attributions('According to the audit, the fund lost $3 million.')).toEqual([
      { source: 'the audit', cue: 'According to', content: 'the fund lost $3 million.' },
    ]);
  });

  it('reads a reported "that" clause and a participle continuation', () => {
    const found = attributions(
      'The inspectors determined that the dam was unsafe, noting that repairs were late.',
    );
    expect(found).toContainEqual({
      source: 'The inspectors',
      cue: 'determined',
      content: 'the dam was unsafe, noting that repairs were late.',
    });
    expect(found).toContainEqual({ source: 'The inspectors', cue: 'noting', content: 'repairs were late.' });
  });

  it('finds nothing in plain narration', () => {
    expect(attributions('The river rose overnight and the bridge closed.')).toEqual([]);
  });
});
