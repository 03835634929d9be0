import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe('forms of one given name', () => {
  it('joins full names whose given names are forms of one name, then the bare surname and a bare form', () => {
    const text =
      'Thompson pleaded with Steve Gerrard. Gerrard was criticised. "Stevie carried the club," he said. Steve Gerrard must decide. It is for the benefit of Steven Gerrard.';
    expect(
      idsAndMentions(text, [
        ['Thompson', 'PER'],
        ['Steve Gerrard', 'PER'],
        ['Gerrard', 'PER'],
        ['Stevie', 'PER'],
        ['Steven Gerrard', 'PER'],
      ]),
    ).toEqual([
      ['person.thompson', ['Thompson']],
      ['person.steve-gerrard', ['Steve Gerrard', 'Gerrard', 'Stevie', 'Steve Gerrard', 'Steven Gerrard']],
    ]);
  });

  it('joins a bare form to the one full name whose given name it is a form of', () => {
    const text =
      'Liverpool will never sell Steven Gerrard. "There is no chance of Stevie going," said Parry.';
    expect(
      idsAndMentions(text, [
        ['Steven Gerrard', 'PER'],
        ['Stevie', 'PER'],
        ['Parry', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.steven-gerrard', 'person.parry']);
  });

  it('joins "Rafa" to the one Rafael the article names in full', () => {
    const text = 'Liverpool hired Rafael Benitez. "Rafa is doing a good job," said Parry.';
    expect(
      idsAndMentions(text, [
        ['Rafael Benitez', 'PER'],
        ['Rafa', 'PER'],
        ['Parry', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.rafael-benitez', 'person.parry']);
  });

  it('keeps two given names apart, and a bare surname two people share', () => {
    const text = 'Gary Neville and Phil Neville played. Phillip Neville scored. Neville was pleased.';
    expect(
      idsAndMentions(text, [
        ['Gary Neville', 'PER'],
        ['Phil Neville', 'PER'],
        ['Phillip Neville', 'PER'],
        ['Neville', 'PER'],
      ]),
    ).toEqual([
      ['person.gary-neville', ['Gary Neville']],
      ['person.phillip-neville', ['Phil Neville', 'Phillip Neville']],
      ['person.neville', ['Neville']],
    ]);
  });

  it("joins no bare form that is a common word, one two people go by, or another name's surname", () => {
    const text =
      'William Hague spoke on the Bill. Bill said no. Tony Blair and Anthony Hopkins met Tony. Jonathan Thomas, Gareth Thomas and Tom Shanklin scored; Thomas ran in.';
    expect(
      idsAndMentions(text, [
        ['William Hague', 'PER'],
        ['Bill', 'PER'],
        ['Tony Blair', 'PER'],
        ['Anthony Hopkins', 'PER'],
        ['Jonathan Thomas', 'PER'],
        ['Gareth Thomas', 'PER'],
        ['Tom Shanklin', 'PER'],
        ['Thomas', 'PER'],
      ]).map(([id]) => id),
    ).toEqual([
      'person.william-hague',
      'person.bill',
      'person.tony-blair',
      'person.anthony-hopkins',
      'person.jonathan-thomas',
      'person.gareth-thomas',
      'person.tom-shanklin',
      'person.thomas',
    ]);
  });

  it('joins given names spelled with "k" for "c", then the bare surname', () => {
    const text =
      'Viktor Marenko, 50, is on hunger strike. Mr Marenko told the BBC. They took what Victor Marenko had.';
    expect(
      idsAndMentions(text, [
        ['Viktor Marenko', 'PER'],
        ['Marenko', 'PER'],
        ['Victor Marenko', 'PER'],
      ]),
    ).toEqual([['person.viktor-marenko', ['Viktor Marenko', 'Marenko', 'Victor Marenko']]]);
  });
});
