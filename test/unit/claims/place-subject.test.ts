import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('resolveSpeaker: "it" after a sentence about a place', () => {
  it('takes the place the sentence before was about over a body named further back', () => {
    const text =
      'The bill, under review by the Senate on Monday, would bring sanctions. Since 1989, when it crushed protests, Beijing has avoided bloodshed. It will dismiss any criticism.';
    const entities = [
      named(text, 'org.senate', 'ORG', ['Senate']),
      named(text, 'gpe.beijing', 'GPE', ['Beijing']),
    ];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, [], { discourse: discourseOf(text) })).toBe(
      'gpe.beijing',
    );
  });

  it("keeps the body when the place is only oblique, a premodifier, or in the pronoun's own sentence", () => {
    const entities = (text: string) => [
      named(text, 'org.halifax', 'ORG', ['Halifax']),
      named(text, 'gpe.uk', 'GPE', ['UK']),
    ];
    const oblique = 'Halifax lends most. Prices rose in the UK last year. It predicts a fall.';
    const premodifier = 'Halifax lends most. UK prices could fall this year. It predicts a fall.';
    const own = 'Halifax lends most. In a survey of UK homes, it predicts a fall.';
    for (const [text, pronoun] of [
      [oblique, 'It'],
      [premodifier, 'It'],
      [own, 'it'],
    ] as const)
      expect(
        resolveSpeaker(spanOf(text, pronoun), entities(text), [], { discourse: discourseOf(text) }),
      ).toBe('org.halifax');
  });

  it('keeps the body when the sentence with the place names it too', () => {
    const text = 'Rex Bank spoke. China and Rex Bank signed a deal. It said the deal was good.';
    const entities = [
      named(text, 'org.rex-bank', 'ORG', ['Rex Bank']),
      named(text, 'gpe.china', 'GPE', ['China']),
    ];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.rex-bank',
    );
  });
});
