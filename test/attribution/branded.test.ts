import { describe, expect, it } from 'vitest';
import { brandedAttributions } from '../../functions/domain/attribution/branded';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, sentencesAtStops } from './text-fixture';

/** Each sentence of `text` (split after ". "), the attributions found beside `found`, as [source, cue, content]. */
const found = (text: string, before: Attribution[] = []) =>
  brandedAttributions(text, sentencesAtStops(text), before).map((a) => asText(text, a));

describe('"X branded Y Z"', () => {
  it('makes "branded" the cue, its subject the source and the judgement the content', () => {
    expect(found('Ms Okafor branded the ferry plan unworkable.')).toEqual([
      ['Ms Okafor', 'branded', 'the ferry plan unworkable.'],
    ]);
    expect(
      found('The council has already branded it a "waste of money", saying it would never pay.'),
    ).toEqual([['The council', 'has already branded it', 'a "waste of money"']]);
    expect(found('The mayor spoke. And he branded the fare rise "a disgrace".')).toEqual([
      ['he', 'branded the fare rise', '"a disgrace".'],
    ]);
  });

  it('takes the one judged into the cue, as PolNeAR does, before "a", "an", "as" or a quote', () => {
    expect(found('Harbourland branded Northmark an "outlaw nation in the region."')).toEqual([
      ['Harbourland', 'branded Northmark', 'an "outlaw nation in the region."'],
    ]);
  });

  it('looks for the one judged only inside the judgement, not in the clause after "but"', () => {
    expect(found('Labour branded the plan unworkable but aides see the Tories gaining a lead.')).toEqual([
      ['Labour', 'branded', 'the plan unworkable'],
    ]);
  });

  it('reads a passive with its agent ending the sentence: the agent the source, subject and judgement the content', () => {
    expect(found('The plan has been branded a disgrace by the mayor.')).toEqual([
      ['the mayor', 'has been branded', 'The plan … a disgrace'],
    ]);
    expect(
      found('Plans to store waste in Ruritania have been branded "deeply irresponsible" by the Greens.'),
    ).toEqual([
      ['the Greens', 'have been branded', 'Plans to store waste in Ruritania … "deeply irresponsible"'],
    ]);
    expect(found('The plan was branded a disgrace by the mayor, who wants it dropped.')).toEqual([]);
  });

  it('leaves a brand name, an adverb for a subject and a cue already found', () => {
    expect(found('Harbour Phones just released its Walkman branded mobile phone.')).toEqual([]);
    expect(found('Fans booed and sarcastically branded the goal his best.')).toEqual([]);
    const text = 'Ms Okafor branded the ferry plan unworkable.';
    const at = text.indexOf('branded');
    const before: Attribution = {
      source: [{ start: 0, end: 9 }],
      cue: [{ start: at, end: at + 7 }],
      content: [{ start: at + 8, end: text.length - 1 }],
    };
    expect(found(text, [before])).toEqual([]);
  });
});
