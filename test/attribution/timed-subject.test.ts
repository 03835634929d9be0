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
