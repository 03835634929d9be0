import { describe, expect, it } from 'vitest';
import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { named, spanOf, speakerOf } from './article-fixture';

/** The source `words` as an earlier claim's speaker, linked to `entityId`. */
function said(text: string, words: string, entityId: string | null): PriorSpeaker {
  const span = spanOf(text, words);
  return { text: words, entityId, end: span.end };
}

describe('resolveSpeaker: "the report" with no maker named is the report of the body that just spoke', () => {
  const text =
    'Growth will slow to 2%, the Trade Institute said. Exports fell in May. Overall, the report forecast a rise.';
  const institute = () => named(text, 'org.trade-institute', 'ORG', ['Trade Institute']);

  it('takes the organisation that spoke in its own name a sentence or two before', () => {
    const prior = [said(text, 'the Trade Institute', 'org.trade-institute')];
    expect(speakerOf(text, 'the report', [institute()], prior)).toBe('org.trade-institute');
  });

  it('not a person speaking for a body, who comments on the report', () => {
    const spokes = text.replace('the Trade Institute said', 'a Trade Institute spokeswoman said');
    const body = named(spokes, 'org.trade-institute', 'ORG', ['Trade Institute']);
    const prior = [said(spokes, 'a Trade Institute spokeswoman', 'org.trade-institute')];
    expect(speakerOf(spokes, 'the report', [body], prior)).toBeNull();
  });

  it('not a body that spoke three sentences before, nor a person', () => {
    const far = text.replace('Exports fell in May.', 'Exports fell in May. Imports rose. Jobs held.');
    const body = named(far, 'org.trade-institute', 'ORG', ['Trade Institute']);
    expect(
      speakerOf(far, 'the report', [body], [said(far, 'the Trade Institute', 'org.trade-institute')]),
    ).toBeNull();
    const person = text.replace('the Trade Institute said', 'Ann Lee said');
    const lee = named(person, 'person.ann-lee', 'PERSON', ['Ann Lee']);
    expect(speakerOf(person, 'the report', [lee], [said(person, 'Ann Lee', 'person.ann-lee')])).toBeNull();
  });
});
