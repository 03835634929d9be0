import { describe, expect, it } from 'vitest';
import { coordinatedSubject } from '../../functions/domain/attribution/coordinated-subject';
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
