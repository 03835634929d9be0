import { describe, expect, it } from 'vitest';
import { timedSubject } from '../../functions/domain/attribution/timed-subject';
import { subjectOf as sourceOf } from './subject-fixture';

const subjectOf = (text: string, cue: string, name?: string) =>
  sourceOf(timedSubject, text, cue, name, 'organisation');

describe('a cue right after a time phrase that follows its sentence-opening name', () => {
  it('has the name for source', () => {
    expect(subjectOf('Acme this week announced a new chief.', 'announced', 'Acme')).toBe('Acme');
    expect(subjectOf('The Daily Planet on Monday said the deal was off.', 'said', 'Daily Planet')).toBe(
      'The Daily Planet',
    );
    expect(subjectOf('But Acme in March warned of losses.', 'warned', 'Acme')).toBe('Acme');
    expect(subjectOf('Acme yesterday denied the report.', 'denied', 'Acme')).toBe('Acme');
  });

  it('takes a mention the tagger opened on "The", and a country', () => {
    expect(subjectOf('The Daily Planet on Monday said so.', 'said', 'The Daily Planet')).toBe(
      'The Daily Planet',
    );
    expect(sourceOf(timedSubject, 'Freedonia on Monday warned of war.', 'warned', 'Freedonia', 'place')).toBe(
      'Freedonia',
    );
  });

  it('has none for a raising verb, whose subject PolNeAR keeps in the content', () => {
    expect(subjectOf('Acme on Tuesday seemed to imply a loss.', 'seemed', 'Acme')).toBeUndefined();
  });

  it('has none for a passive cue, words between the name and the time, or no time', () => {
    expect(subjectOf('Acme on Monday was accused of fraud.', 'was accused of', 'Acme')).toBeUndefined();
    expect(subjectOf('Acme shares on Monday warned of losses.', 'warned', 'Acme')).toBeUndefined();
    expect(subjectOf('Acme in year warned of losses.', 'warned', 'Acme')).toBeUndefined();
    expect(subjectOf('Acme warned of losses.', 'warned', 'Acme')).toBeUndefined();
    expect(subjectOf('Shares this week warned of losses.', 'warned')).toBeUndefined();
  });
});

describe('a cue right after a time phrase that follows a noun phrase opening the sentence', () => {
  it('has the phrase, a name inside it and all, for source', () => {
    expect(subjectOf('The Tories on Monday highlighted their tax plans.', 'highlighted')).toBe('The Tories');
    expect(subjectOf('A separate survey by Acme last week found a rise.', 'found', 'Acme')).toBe(
      'A separate survey by Acme',
    );
    expect(
      subjectOf(
        'The Paris Club of rich creditor nations on Wednesday offered to freeze debts.',
        'offered',
        'Paris Club',
      ),
    ).toBe('The Paris Club of rich creditor nations');
  });

  it('has none for a bare phrase, a clause in the phrase, or a phrase too long', () => {
    expect(subjectOf('Higher prices on Monday worried investors.', 'worried')).toBeUndefined();
    expect(subjectOf('The firm that he runs last week denied it.', 'denied')).toBeUndefined();
    expect(subjectOf('The men and women on Monday said so.', 'said')).toBeUndefined();
    expect(subjectOf('The firm expects sales this week said so.', 'said')).toBeUndefined();
    expect(subjectOf('The big old red brick mill by the river on Monday said so.', 'said')).toBeUndefined();
  });
});
