import { describe, expect, it } from 'vitest';
import { nameClaims } from '../../functions/domain/attribution/name-claims';
import { classId } from '../../functions/domain/attribution/word-classes';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** Cue-likeness as PolNeAR train has it, and word classes ("hopefuls" a plural noun). */
const words = {
  lexicon: new Map([
    ['claims', 4],
    ['claimed', 4],
    ['concedes', 4],
    ['asserts', 4],
    ['hopefuls', 3],
    ['jumped', 1],
  ]),
  classes: new Map([['hopefuls', classId('Plural')]]),
};

/** Each sentence of `text` (split at ". "), the attributions found, as text; `names` the people and bodies named. */
function found(text: string, others: Attribution[] = [], names: string[] = []) {
  const named = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  return nameClaims(text, sentencesAtStops(text), others, words, [], named).map((a) => asText(text, a));
}

describe('a sentence that opens on a name and "claims" before a clause', () => {
  it("is the name's claim: the name, the verb, the rest of the sentence", () => {
    expect(found('Acme claims its downfall was punishment for its founder. Shares fell.')).toEqual([
      ['Acme', 'claims', 'its downfall was punishment for its founder'],
    ]);
    expect(found('Acme Oil claimed it sought help abroad because courts at home were unfriendly.')).toEqual([
      ['Acme Oil', 'claimed', 'it sought help abroad because courts at home were unfriendly'],
    ]);
  });

  it('reads other verbs of saying or judging the same way', () => {
    expect(found('Lee concedes she will learn a lot from the race. She ran.', [], ['Lee'])).toEqual([
      ['Lee', 'concedes', 'she will learn a lot from the race'],
    ]);
    expect(found('Lee concedes Rovers are in good form at the moment.', [], ['Lee'])).toEqual([
      ['Lee', 'concedes', 'Rovers are in good form at the moment'],
    ]);
    expect(found('Lee concedes Rovers the title.', [], ['Lee'])).toEqual([]);
    expect(found('UKIP asserts that Mr Hockney has a moral obligation to stand down.', [], ['UKIP'])).toEqual(
      [['UKIP', 'asserts', 'that Mr Hockney has a moral obligation to stand down']],
    );
  });

  it('takes only a named person or organisation as the speaker of such a verb', () => {
    expect(found('Most Southern asserts that will hold contests have large minorities.')).toEqual([]);
    expect(found('Lee concedes she will learn a lot from the race.', [], ['Le'])).toEqual([]);
  });

  it('leaves a verb of no speech, a noun, and "It" or "There" before the verb', () => {
    expect(
      found('Lee jumped she will win it all. Oscar hopefuls Mike Leigh and Ann Lee were winners.'),
    ).toEqual([]);
    expect(found('It claims that the roof may need repairs.')).toEqual([]);
  });

  it("ends before the next quote's opening mark, and leaves a sentence inside a quote", () => {
    const text = 'Lee concedes she will learn a lot. "We ran.';
    const sentences = [{ start: 0, end: text.indexOf('"') + 1 }];
    const lee = [{ start: 0, end: 3 }];
    expect(nameClaims(text, sentences, [], words, [], lee).map((a) => asText(text, a))).toEqual([
      ['Lee', 'concedes', 'she will learn a lot'],
    ]);
    const quoted = 'Ann said: "Bob was kind. He claimed that nothing was perfect."';
    const inside = [{ start: quoted.indexOf('He'), end: quoted.length }];
    const quote = { open: quoted.indexOf('"'), close: quoted.length - 1 };
    expect(nameClaims(quoted, inside, [], words, [quote])).toEqual([]);
  });

  it('leaves the noun, a title won, and a sentence an attribution touches', () => {
    expect(found('His claims were denied by the minister. These claims follow several polls.')).toEqual([]);
    expect(found('Rovers claimed their first league title in 72 years while City lost.')).toEqual([]);
    const text = 'Acme claims its downfall was punishment for its founder.';
    const claim = sourcedClaim(text, 'Acme', 'claims', 'its downfall was punishment for its founder');
    expect(found(text, [claim])).toEqual([]);
  });
});

describe('a subject and "points out" before a that-clause', () => {
  it('is the subject\'s claim, an adverb in the cue, a hearer after "to" left out', () => {
    expect(found('The company points out that this will appeal to phone users. Shares rose.')).toEqual([
      ['The company', 'points out', 'that this will appeal to phone users'],
    ]);
    expect(found('It also points out that fines are light.')).toEqual([
      ['It', 'also points out', 'that fines are light'],
    ]);
    expect(
      found(
        'Both unions are quiet, but one insider pointed out to the BBC News website that "nobody is denying it".',
      ),
    ).toEqual([['one insider', 'pointed out', 'that "nobody is denying it"']]);
  });

  it('leaves the noun and a sentence an attribution touches', () => {
    expect(found('The points out of reach were many. He scored points out of nothing that day.')).toEqual([]);
    const text = 'The company points out that this will appeal to phone users.';
    const claim = sourcedClaim(text, 'The company', 'points out', 'that this will appeal to phone users');
    expect(found(text, [claim])).toEqual([]);
  });
});
