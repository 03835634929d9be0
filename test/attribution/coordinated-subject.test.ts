import { describe, expect, it } from 'vitest';
import { coordinatedSubject, runOnSource } from '../../functions/domain/attribution/coordinated-subject';
import { subjectOf as sourceOf } from './subject-fixture';

const subjectOf = (text: string, cue: string, name?: string) => sourceOf(coordinatedSubject, text, cue, name);

describe('a cue after "and" with no source of its own', () => {
  it("shares the subject its sentence opens with: a pronoun, or a person's name", () => {
    expect(
      subjectOf('He was advised to exercise judgement and said he had done nothing wrong.', 'said'),
    ).toBe('He');
    expect(subjectOf('Scott Walker beamed and asked for calm.', 'asked', 'Scott Walker')).toBe(
      'Scott Walker',
    );
  });

  it('takes an honorific before the name and an apposition after it', () => {
    expect(subjectOf('Mr Kilroy-Silk promised a fair policy and said so.', 'said', 'Kilroy-Silk')).toBe(
      'Mr Kilroy-Silk',
    );
    expect(subjectOf('Sanders, a senator, ran and said so.', 'said', 'Sanders')).toBe('Sanders, a senator');
    expect(subjectOf('The Conservatives warned of obesity and said so.', 'said', 'Conservatives')).toBe(
      'The Conservatives',
    );
    expect(subjectOf('The Everton striker signed him and said so.', 'said', 'Everton')).toBeUndefined();
    expect(subjectOf('The Everton fans sang and said so.', 'said', 'Everton')).toBeUndefined();
    expect(subjectOf('Sanders, Clinton and Obama ran and said so.', 'said', 'Sanders')).toBeUndefined();
  });

  it('takes a name before an age, and a country a verb follows', () => {
    expect(subjectOf('Anna Berg, 57, quit her post and vowed to return.', 'vowed', 'Anna Berg')).toBe(
      'Anna Berg',
    );
    const country = (text: string, cue: string, name: string) =>
      sourceOf(coordinatedSubject, text, cue, name, 'place');
    expect(country('Ruritania has waited for years and hopes to join.', 'hopes', 'Ruritania')).toBe(
      'Ruritania',
    );
    expect(country('Ruritania recently ousted its leader and has said so.', 'has said', 'Ruritania')).toBe(
      'Ruritania',
    );
    expect(country('Ruritania officials met and said so.', 'said', 'Ruritania')).toBeUndefined();
  });

  it('shares it after "but", and after a comma before the connective', () => {
    expect(subjectOf('He won the vote, and said so.', 'said')).toBe('He');
    expect(subjectOf('AOL backed the cuts but said more was needed.', 'said', 'AOL')).toBe('AOL');
  });

  it('gets none when the opening name is not the subject, no name opens it, or the cue is passive', () => {
    expect(subjectOf("Bennett's sister went there and said so.", 'said', 'Bennett')).toBeUndefined();
    expect(subjectOf('The crowd cheered and said so.', 'said')).toBeUndefined();
    expect(subjectOf('It sold out and was expected to sell more.', 'was expected')).toBeUndefined();
    expect(subjectOf('It sold out and expected to sell more.', 'expected')).toBe('It');
  });
});

/** The source `runOnSource` gives the cue when the tagger's source runs from `from` up to the cue. */
function runOn(text: string, cue: string, from: string, name?: string) {
  return sourceOf(
    (seq, info, cues, run) => {
      const start = text.indexOf(from);
      const first = seq.tokens.findIndex((t) => t.start === start);
      return runOnSource(seq, info, cues, run, { role: 'source', first, last: run.first - 1 });
    },
    text,
    cue,
    name,
  );
}

describe('a source the tagger ran up to the "and" before its cue', () => {
  it('is the subject the sentence opens with, else the source without the conjunction', () => {
    expect(
      runOn(
        'Acme claims its fall was punishment for its founder Ivan Petrov and has vowed to sue.',
        'has vowed',
        'Ivan Petrov',
        'Acme',
      ),
    ).toBe('Acme');
    expect(
      runOn('The club was started by blogger Jo Hill and counts ten members.', 'counts', 'blogger Jo Hill'),
    ).toBe('blogger Jo Hill');
  });

  it('leaves a source that does not end on the conjunction', () => {
    expect(runOn('Acme chief Ivan Petrov said so.', 'said', 'Ivan Petrov', 'Acme')).toBe('Ivan Petrov');
  });
});
