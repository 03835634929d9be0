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
  ['pair', classId('Singular')],
  ['spent', classId('PastTense')],
  ['airlines', classId('Plural')],
  ['have', classId('Auxiliary')],
  ['has', classId('Auxiliary')],
  ['government', classId('Singular')],
  ['refused', classId('PastTense')],
  ['charity', classId('Singular')],
  ['was', classId('Copula')],
  ['backed', classId('PastTense')],
  ['began', classId('PastTense')],
  ['had', classId('Auxiliary')],
  ['angeles', classId('Plural')],
  ['police', classId('PresentTense')],
  ['deals', classId('PresentTense')],
  ['were', classId('Copula')],
  ['further', classId('Adverb')],
  ['delayed', classId('PastTense')],
  ['may', classId('Modal')],
  ['bills', classId('Plural')],
  ['nurse', classId('Singular')],
  ['sued', classId('PastTense')],
  ['place', classId('Singular')],
  ['is', classId('Copula')],
  ['reopened', classId('PastTense')],
  ['pursued', classId('PastTense')],
  ['clash', classId('Singular')],
  ['came', classId('PastTense')],
  ['welcomed', classId('PastTense')],
  ['compiled', classId('PastTense')],
  ['says', classId('PresentTense')],
  ['held', classId('PastTense')],
  ['greeted', classId('PastTense')],
]);

/** The sentence splitter leaves a quote's opening mark with the sentence before (`star. "Xavi did`). */
const subjectOf = (text: string, cue: string, name?: string, kind?: 'person' | 'organisation') =>
  sourceOf(
    (seq, info, cues, run) => {
      const sentence = seq.sentence.map((_, i) => (i === 0 && text.startsWith('"') ? 0 : 1));
      const q = quoteStates(text, seq.tokens);
      return participleSubject({ ...seq, sentence }, { ...info, q } as TokenInfo, classes, cues, run);
    },
    text,
    cue,
    name,
    kind,
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

  it('gets none after no comma nor preposition, after an opening "it", inside a quote, or when the name modifies a noun', () => {
    expect(subjectOf('Romney went after the plan calling it a fraud.', 'calling', 'Romney')).toBeUndefined();
    expect(
      subjectOf('Romney went as far as Lee in calling it a fraud.', 'calling', 'Romney'),
    ).toBeUndefined();
    expect(
      subjectOf(
        'Newcastle boss Graeme Souness reopened the row after claiming the striker was poor.',
        'claiming',
        'Newcastle',
        'organisation',
      ),
    ).toBeUndefined();
    expect(subjectOf('It was a busy week, pointing to a change.', 'pointing')).toBeUndefined();
    expect(subjectOf('"Lee did well," the paper beams, adding more.', 'adding', 'Lee')).toBeUndefined();
    expect(
      subjectOf('Hot duo Ann and Bo are taking over the show, adding news.', 'adding', 'Hot'),
    ).toBeUndefined();
    expect(subjectOf('Romney went after the plan, called a fraud.', 'called', 'Romney')).toBeUndefined();
  });

  it('after a preposition of time or means inside its sentence, is said by the subject the sentence opens with', () => {
    expect(subjectOf('Romney went after the plan by calling it a fraud.', 'calling', 'Romney')).toBe(
      'Romney',
    );
    expect(
      subjectOf('Labour later took the poster down after admitting it was wrong.', 'admitting', 'Labour'),
    ).toBe('Labour');
    expect(subjectOf('The government refused the plan while insisting it was fair.', 'insisting')).toBe(
      'The government',
    );
    expect(subjectOf('He was fined after being accused of lying.', 'being accused of')).toBeUndefined();
  });

  it('is said by a short noun phrase the sentence opens with, after "But" or "However," at most', () => {
    expect(subjectOf('The pair spent four days in hospital, claiming they were hurt.', 'claiming')).toBe(
      'The pair',
    );
    expect(
      subjectOf(
        'Low-cost airlines have criticised the new rules, arguing that pay-outs are high.',
        'arguing',
      ),
    ).toBe('Low-cost airlines');
    expect(subjectOf('The nurse later sued the state, claiming it broke the law.', 'claiming')).toBe(
      'The nurse',
    );
    expect(subjectOf('But the government refused to back the bill, saying it was complex.', 'saying')).toBe(
      'the government',
    );
    expect(
      subjectOf(
        'A British charity has criticised the series, which is to air soon, claiming it is unfair.',
        'claiming',
      ),
    ).toBe('A British charity');
  });

  it('after "and" or "but", is said by the noun phrase the sentence opens with', () => {
    expect(subjectOf('The charity welcomed the news and said the money would help.', 'said')).toBe(
      'The charity',
    );
    expect(
      subjectOf('The magazine staff compiled the list and specified that it was fair.', 'specified'),
    ).toBe('The magazine staff');
    expect(
      subjectOf('However, DEC has no link to the site and says it told the police.', 'says', 'DEC'),
    ).toBe('DEC');
    expect(subjectOf('The charity welcomed the news and said nothing.', 'welcomed')).toBeUndefined();
    expect(subjectOf('And Yelling says: "I think so."', 'Yelling', 'Yelling')).toBeUndefined();
  });

  it('is said by a name or pronoun after an opening "But" or "However,"', () => {
    expect(subjectOf('But Mutu has hit out at the decision, saying it was unfair.', 'saying', 'Mutu')).toBe(
      'Mutu',
    );
    expect(
      subjectOf('However, Edu tried to play down the incidents, adding that it was normal.', 'adding', 'Edu'),
    ).toBe('Edu');
    expect(subjectOf('But he is not envious, insisting he is happy.', 'insisting')).toBe('he');
    expect(
      subjectOf('But Lee was bullish during the week, saying his side would win.', 'saying', 'Lee'),
    ).toBe('Lee');
  });

  it('is said by a name or pronoun after a fronted time phrase or clause', () => {
    expect(
      subjectOf(
        'In March this year, Kent Police reopened the case, saying new facts had emerged.',
        'saying',
        'Kent Police',
      ),
    ).toBe('Kent Police');
    expect(
      subjectOf(
        'Despite his past, President Lula has pursued a careful policy, arguing it was needed.',
        'arguing',
        'Lula',
      ),
    ).toBe('President Lula');
    expect(subjectOf('As he left court, he greeted the media, saying he was calm.', 'saying')).toBe('he');
    expect(
      subjectOf(
        'In March, the hope of many voters, Lee reopened the case, saying it mattered.',
        'saying',
        'Lee',
      ),
    ).toBeUndefined();
  });

  it('reads an -ing word after a be-form or in a noun phrase as no clause the participle hangs on', () => {
    expect(subjectOf('But she is taking her time on the film, hoping to land a role.', 'hoping')).toBe('she');
    expect(
      subjectOf('As he left court, Mr Lee greeted the waiting media, saying he was calm.', 'saying', 'Lee'),
    ).toBe('Mr Lee');
    expect(
      subjectOf(
        'Low-cost airlines have held an emergency planning session, arguing that fees are high.',
        'arguing',
      ),
    ).toBe('Low-cost airlines');
    expect(
      subjectOf(
        'The trouble began on the show, with the marching band behind him, saying it was wrong.',
        'saying',
      ),
    ).toBeUndefined();
  });

  it('gets no noun phrase of a passive, nor one a clause or a dash between may take the participle from', () => {
    expect(subjectOf('The bill was backed by some firms, saying they needed it.', 'saying')).toBeUndefined();
    expect(
      subjectOf('Those new deals were further delayed, leading the firm to warn.', 'leading'),
    ).toBeUndefined();
    expect(
      subjectOf(
        'The trouble began on the show, with a woman marching up to him, saying it was wrong.',
        'saying',
      ),
    ).toBeUndefined();
    expect(
      subjectOf(
        'The pair had a dispute which saw a rapper thrown out, accusing him of disloyalty.',
        'accusing',
      ),
    ).toBeUndefined();
    expect(
      subjectOf('Tax bills may be a source - the longest is 300m long, listing the collectors.', 'listing'),
    ).toBeUndefined();
    expect(
      subjectOf('Los Angeles police discounted the rumours, pointing out he had moved.', 'pointing'),
    ).toBeUndefined();
    expect(
      subjectOf(
        'The first clash came during a speech, when fans interrupted her, shouting at her.',
        'shouting',
      ),
    ).toBeUndefined();
  });
});
