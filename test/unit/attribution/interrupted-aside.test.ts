import { describe, expect, it } from 'vitest';
import { interruptedSubject } from '../../../functions/domain/attribution/interrupted-subject';
import { subjectOf } from '../../attribution/subject-fixture';

const personOf = (text: string, cue: string, name: string) => subjectOf(interruptedSubject, text, cue, name);
const orgOf = (text: string, cue: string, name: string) =>
  subjectOf(interruptedSubject, text, cue, name, 'organisation');

describe('a cue after an aside on its sentence-opening name', () => {
  it('has the name for source after a prepositional phrase', () => {
    expect(
      orgOf('Boeing, in contrast to its rival Airbus, hopes airlines will buy.', 'hopes', 'Boeing'),
    ).toBe('Boeing');
    expect(
      personOf('Arnold, from Dartford in Kent, described her win as a shock.', 'described', 'Arnold'),
    ).toBe('Arnold');
    expect(orgOf('Labour, in particular, fears voters may switch.', 'fears', 'Labour')).toBe('Labour');
  });

  it('has the name for source after a present participle or an age', () => {
    expect(
      personOf(
        'Kenteris, speaking on Greek television, also claimed he was innocent.',
        'also claimed',
        'Kenteris',
      ),
    ).toBe('Kenteris');
    expect(
      personOf('Morientes, 28, has already expressed a wish to come.', 'has already expressed', 'Morientes'),
    ).toBe('Morientes');
  });

  it('reads a hyphen inside a score or an age as no separator, a spaced dash still as one', () => {
    expect(
      personOf('Sharapova, who lost 6-2 6-2 to Kuznetsova, said she was tired.', 'said', 'Sharapova'),
    ).toBe('Sharapova');
    expect(
      personOf('Souness - who would not name the 25-year-old - said he was sorry.', 'said', 'Souness'),
    ).toBe('Souness');
    expect(personOf('Souness, who lost - badly, said he was sorry.', 'said', 'Souness')).toBeUndefined();
  });
});

describe('the subject an aside interrupts, past what opens the sentence', () => {
  it('is found after a fronted adverb or time', () => {
    expect(
      personOf(
        'However, Mr Haji-Ioannou, who plans to launch a firm, vowed to fight.',
        'vowed',
        'Haji-Ioannou',
      ),
    ).toBe('Mr Haji-Ioannou');
    expect(
      orgOf(
        'In November, Barclays, which owns the Woolwich, forecast a fall in prices.',
        'forecast',
        'Barclays',
      ),
    ).toBe('Barclays');
  });

  it('is not looked for past a fronted phrase longer than a time', () => {
    expect(
      orgOf(
        'In the wake of the long row, Barclays, which owns the Woolwich, forecast a fall.',
        'forecast',
        'Barclays',
      ),
    ).toBeUndefined();
  });

  it('may be a country, or a name after "The" that the separator follows', () => {
    expect(
      subjectOf(
        interruptedSubject,
        'Canada, a key gold producer, also expressed doubts.',
        'also expressed',
        'Canada',
        'place',
      ),
    ).toBe('Canada');
    expect(
      orgOf('The EFF, representing the reporters, has asked the court to act.', 'has asked', 'EFF'),
    ).toBe('The EFF');
    expect(
      orgOf('The EFF 2005 report, published today, has asked the court.', 'has asked', 'EFF'),
    ).toBeUndefined();
  });
});
