import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../functions/domain/attribution/features';
import { participleSubject } from '../../functions/domain/attribution/participle-subject';
import { quoteStates } from '../../functions/domain/attribution/quotes';
import { classId } from '../../functions/domain/attribution/word-classes';
import { subjectOf as sourceOf } from './subject-fixture';

/** Word classes as the model's map gives them, for the words these sentences need. */
const classes = new Map([
  ['duo', classId('Singular')],
  ['later', classId('Comparative')],
  ['took', classId('PastTense')],
  ['went', classId('PastTense')],
]);

/** The sentence splitter leaves a quote's opening mark with the sentence before (`star. "Xavi did`). */
const subjectOf = (text: string, cue: string, name?: string) =>
  sourceOf(
    (seq, info, cues, run) => {
      const sentence = seq.sentence.map((_, i) => (i === 0 && text.startsWith('"') ? 0 : 1));
      const q = quoteStates(text, seq.tokens);
      return participleSubject({ ...seq, sentence }, { ...info, q } as TokenInfo, classes, cues, run);
    },
    text,
    cue,
    name,
  );

describe('a participle cue after a comma with no source of its own', () => {
  it('is said by the subject its sentence opens with', () => {
    expect(subjectOf('Romney went after the plan on Monday, calling it a fraud.', 'calling', 'Romney')).toBe(
      'Romney',
    );
    expect(
      subjectOf('Labour later took the poster down, saying members preferred another.', 'saying', 'Labour'),
    ).toBe('Labour');
    expect(subjectOf('He extolled the virtues of the town, applauding its people.', 'applauding')).toBe('He');
    expect(
      subjectOf(
        'Mr Kennedy, the party leader, criticised the plan, saying it was unfair.',
        'saying',
        'Kennedy',
      ),
    ).toBe('Mr Kennedy, the party leader');
  });

  it('gets none after no comma, after an opening "it", inside a quote, or when the name modifies a noun', () => {
    expect(
      subjectOf('Romney went after the plan by calling it a fraud.', 'calling', 'Romney'),
    ).toBeUndefined();
    expect(subjectOf('It was a busy week, pointing to a change.', 'pointing')).toBeUndefined();
    expect(subjectOf('"Lee did well," the paper beams, adding more.', 'adding', 'Lee')).toBeUndefined();
    expect(
      subjectOf('Hot duo Ann and Bo are taking over the show, adding news.', 'adding', 'Hot'),
    ).toBeUndefined();
    expect(subjectOf('Romney went after the plan, called a fraud.', 'called', 'Romney')).toBeUndefined();
  });
});
