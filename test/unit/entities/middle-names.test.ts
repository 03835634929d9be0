import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe('middle names', () => {
  it('joins a full name with its middle name spelled out to the same name with its initial', () => {
    const text =
      'Critics loved John Q. Marsh. Later John Quill Marsh was born in Ohio in 1950. Friends said John Q. Marsh wrote fast.';
    expect(
      idsAndMentions(text, [
        ['John Q. Marsh', 'PER'],
        ['John Quill Marsh', 'PER'],
      ]),
    ).toEqual([['person.john-q-marsh', ['John Q. Marsh', 'John Quill Marsh', 'John Q. Marsh']]]);
  });

  it('joins a name with no middle and then the bare surname', () => {
    const text =
      'Sir Tony Blenk stood against the leader. Blenk lost. Sir Tony Henry Blenk was born in 1920.';
    expect(
      idsAndMentions(text, [
        ['Tony Blenk', 'PER'],
        ['Blenk', 'PER'],
        ['Tony Henry Blenk', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.tony-blenk']);
  });

  it('keeps a short form with an initial the long form lacks, and its namesakes, apart', () => {
    const text = 'Walter Jones met Walter Hugh Jones and Walter K Jones in Leeds.';
    expect(
      idsAndMentions(text, [
        ['Walter Jones', 'PER'],
        ['Walter Hugh Jones', 'PER'],
        ['Walter K Jones', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.walter-jones', 'person.walter-hugh-jones', 'person.walter-k-jones']);
  });
});
