import { describe, expect, it } from 'vitest';
import { nameThat } from '../../functions/domain/attribution/name-that';
import { classId } from '../../functions/domain/attribution/word-classes';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** Cue-likeness as PolNeAR train has it, and the model's word classes. */
const lexicon = new Map([
  ['charges', 1],
  ['feels', 2],
  ['reached', 1],
  ['perhaps', 1],
  ['titles', 4],
  ['emerges', 2],
  ['asserts', 4],
  ['ruled', 4],
]);
const classes = new Map([
  ['charges', classId('PresentTense')],
  ['feels', classId('PresentTense')],
  ['reached', classId('PastTense')],
  ['perhaps', classId('Adverb')],
  ['titles', classId('Plural')],
  ['emerges', classId('PresentTense')],
  ['asserts', classId('PresentTense')],
  ['ruled', classId('PastTense')],
  ['milestone', classId('Singular')],
]);

/** Each sentence of `text` (split at ". "), the attributions found, as text. */
function found(text: string, others: Attribution[] = []) {
  return nameThat(text, sentencesAtStops(text), others, lexicon, classes).map((a) => asText(text, a));
}

describe('a sentence that opens on a name, a verb of saying and "that"', () => {
  it("is the name's: the name, the verb, then the that-clause", () => {
    expect(found('Polls are close. Smith charges that donors to the fund were rewarded.')).toEqual([
      ['Smith', 'charges', 'that donors to the fund were rewarded'],
    ]);
    expect(found('But Mr Lee feels that the market rests on sound foundations.')).toEqual([
      ['Mr Lee', 'feels', 'that the market rests on sound foundations'],
    ]);
    expect(found('The Green Party asserts that Mr Hale has a duty to stand down.')).toEqual([
      ['The Green Party', 'asserts', 'that Mr Hale has a duty to stand down'],
    ]);
  });

  it('reads past a short fronted phrase and its comma, where "the" is lower case', () => {
    expect(
      found('Polls are close. Separately, the Budget Office asserts that the tariffs will cut growth.'),
    ).toEqual([['the Budget Office', 'asserts', 'that the tariffs will cut growth']]);
    expect(found('Indeed, Smith charges that donors to the fund were rewarded.')).toEqual([
      ['Smith', 'charges', 'that donors to the fund were rewarded'],
    ]);
  });

  it('leaves out the time of it between the verb and "that"', () => {
    expect(found('The High Court ruled on Tuesday that the death fell within the convention.')).toEqual([
      ['The High Court', 'ruled', 'that the death fell within the convention'],
    ]);
    expect(found('They ruled in 2013 that the cells responded to microbes.')).toEqual([
      ['They', 'ruled', 'that the cells responded to microbes'],
    ]);
    expect(found('Smith charges November 18 that donors to the fund were rewarded.')).toEqual([
      ['Smith', 'charges', 'that donors to the fund were rewarded'],
    ]);
  });

  it("ends before the stop, also where the sentence takes in the next quote's opening mark", () => {
    const text = 'But Mr Lee feels that the man should be more careful. "He is a great player," he said.';
    const sentence = { start: 0, end: text.indexOf('"He') + 1 };
    expect(nameThat(text, [sentence], [], lexicon, classes).map((a) => asText(text, a))).toEqual([
      ['Mr Lee', 'feels', 'that the man should be more careful'],
    ]);
  });

  it('leaves verbs no one says, demonstratives, relatives, "It" and other speakers', () => {
    expect(found('Smith sniped that the plan was a joke.')).toEqual([]);
    expect(found('He reached that milestone last June.')).toEqual([]);
    expect(found('And perhaps that fact alone means everyone is playing politics.')).toEqual([]);
    expect(found('Cheap titles that are playable online will grow.')).toEqual([]);
    expect(found('It emerges that the belief was wrong.')).toEqual([]);
    expect(found('The Post asserts that the plan works, said Ann Hale, its editor.')).toEqual([]);
  });

  it('leaves a sentence an attribution touches', () => {
    const text = 'Smith charges that donors to the fund were rewarded.';
    const claim = sourcedClaim(text, 'Smith', 'charges', 'that donors to the fund were rewarded');
    expect(found(text, [claim])).toEqual([]);
  });
});

describe('the extractor', () => {
  it('gives such a sentence the tagger found no cue in to its name', () => {
    expect(extracted('Shares rose. Mr Lee feels that the market has risen on solid growth.')).toContainEqual([
      'Mr Lee',
      'feels',
      'that the market has risen on solid growth',
    ]);
  });
});
