import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('a full name sharing its surname with another person', () => {
  it('is a person of its own after a person and "and"', () => {
    expect(
      typesOf('Try scorers were Talia Brennick and Maddox Brennick, who also kicked.', [
        ['Talia Brennick', 'PER'],
        ['Maddox Brennick', 'ORG'],
      ]),
    ).toEqual({ 'Talia Brennick': 'PERSON', 'Maddox Brennick': 'PERSON' });
  });

  it('is a person when its first word is a listed given name', () => {
    expect(
      typesOf('Talia Brennick met reporters. The firm bought a stake in Kylie Brennick last year.', [
        ['Talia Brennick', 'PER'],
        ['Kylie Brennick', 'ORG'],
      ]),
    ).toEqual({ 'Talia Brennick': 'PERSON', 'Kylie Brennick': 'PERSON' });
  });

  it('keeps a name whose first word is no cue: a place beside a namesake', () => {
    expect(
      typesOf('Ronan Stepwick spoke. The club will play at Ewlow Stepwick next week.', [
        ['Ronan Stepwick', 'PER'],
        ['Ewlow Stepwick', 'LOC'],
      ]),
    ).toEqual({ 'Ronan Stepwick': 'PERSON', 'Ewlow Stepwick': 'GPE' });
  });
});
