import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe('names a person is known as', () => {
  it('joins a name set off after a person as one he is known by', () => {
    const text = 'The talks were led by Karim Haddad, also known as Abu Samir, on Monday. Abu Samir left.';
    expect(
      idsAndMentions(text, [
        ['Karim Haddad', 'PER'],
        ['Abu Samir', 'PER'],
      ]),
    ).toEqual([['person.karim-haddad', ['Karim Haddad', 'Abu Samir', 'Abu Samir']]]);
  });

  it('joins a name in brackets after a person', () => {
    const text = 'Fans of James Rooke (better known as Robert Lorne) met. Robert Lorne wrote.';
    expect(
      idsAndMentions(text, [
        ['James Rooke', 'PER'],
        ['Robert Lorne', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.james-rooke']);
  });

  it('joins the name people called him by to the one person the sentence before names', () => {
    const text =
      'Henry Walt Crane was born in Ohio in 1950. Everyone called him Hank. Readers loved Hank Crane and his books.';
    expect(
      idsAndMentions(text, [
        ['Henry Walt Crane', 'PER'],
        ['Hank Crane', 'PER'],
        ['Hank', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.henry-walt-crane']);
  });

  it('leaves the name when two people are named before "called him", or when it does not close the clause', () => {
    const text =
      "Henry Crane met Paul Dower in 1970. Everyone called him Hank. Hank Stone laughed. Henry Crane called him Hank Stone's puppet.";
    expect(
      idsAndMentions(text, [
        ['Henry Crane', 'PER'],
        ['Paul Dower', 'PER'],
        ['Hank Stone', 'PER'],
        ['Hank', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.henry-crane', 'person.paul-dower', 'person.hank-stone']);
  });
});
