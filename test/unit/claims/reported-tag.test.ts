import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';
import { named } from './article-fixture';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** The attributed claims of `text` given one "according to" attribution, as [source, cue, content, speaker id]. */
function claimsOf(text: string, source: string, content: string) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: [at(source)], cue: [at('according to')], content: [at(content)] };
  const entities = [
    named(text, 'person.john-hart', 'PERSON', ['John Hart']),
    named(text, 'org.the-courier', 'ORG', ['The Courier', 'Reuters']),
  ];
  return buildClaims(annotate(text), [a], entities, scorer)
    .claims.filter((c) => c.kind !== 'unattributed')
    .map((c) => [c.speaker?.text ?? null, c.cue?.text ?? null, c.content.text, c.speaker?.entityId ?? null]);
}

describe('a tag the tagger left inside "according to"\'s content', () => {
  it("gives the words to the tag's speaker, not the outlet that reports them", () => {
    const text =
      'John Hart toured the plant on Monday. "We lose $5 million a week to this," he said, according to The Courier.';
    expect(claimsOf(text, 'The Courier', 'We lose $5 million a week to this," he said')).toEqual([
      ['he', 'said', 'We lose $5 million a week to this', 'person.john-hart'],
    ]);
  });

  it('takes the words before the comma when the content is the tag alone', () => {
    const text =
      'John Hart was there. So far no case has been linked to the farm, the regional health board said, according to Reuters.';
    expect(claimsOf(text, 'Reuters', 'the regional health board said')).toEqual([
      ['the regional health board', 'said', 'So far no case has been linked to the farm', null],
    ]);
  });

  it('leaves "according to" whose content holds no tag', () => {
    const text = 'John Hart was there. Sales rose by 5% in May, according to The Courier.';
    expect(claimsOf(text, 'The Courier', 'Sales rose by 5% in May')).toEqual([
      ['The Courier', 'according to', 'Sales rose by 5% in May', 'org.the-courier'],
    ]);
  });
});
