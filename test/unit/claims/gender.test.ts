import { describe, expect, it } from 'vitest';
import { gendersOf } from '../../../functions/domain/claims/gender';
import { entity } from './entity-fixture';

const at = (text: string, name: string, from = 0): [number, number] => {
  const start = text.indexOf(name, from);
  return [start, start + name.length];
};

describe('gendersOf', () => {
  const text =
    'Mr Blair met Ms Roche, Lord Falconer and Dame Barbara Castle. Blair spoke; Mrs Blair did too.';
  it('reads honorifics before mentions and leaves out a person called both ways', () => {
    const people = [
      entity('person.roche', 'PERSON', [at(text, 'Roche')]),
      entity('person.falconer', 'PERSON', [at(text, 'Falconer')]),
      entity('person.barbara-castle', 'PERSON', [at(text, 'Barbara Castle')]),
      entity('person.blair', 'PERSON', [at(text, 'Blair'), at(text, 'Blair', 70)]),
      entity('person.tony-blair', 'PERSON', [at(text, 'Blair')]),
    ];
    expect(Object.fromEntries(gendersOf(text, people))).toEqual({
      'person.roche': 'f',
      'person.falconer': 'm',
      'person.barbara-castle': 'f',
      'person.tony-blair': 'm',
    });
  });

  it('reads gendered roles, not neutral ones', () => {
    const people = [
      entity('person.kate-winslet', 'PERSON', [[0, 4]], ['actress']),
      entity('person.pete-nguyen', 'PERSON', [[10, 14]], ['Pentagon spokesman']),
      entity('person.petrina-holdsworth', 'PERSON', [[20, 24]], ['UKIP chairman']),
    ];
    expect(Object.fromEntries(gendersOf(' '.repeat(30), people))).toEqual({
      'person.kate-winslet': 'f',
      'person.pete-nguyen': 'm',
    });
  });

  it('reads the pronoun a sentence opening on the name goes on with', () => {
    const text =
      'Kim Clijsters has denied reports that she has pulled out. Paul Ames said Ann Lee had told him she was out. Jo Hale hoped a road would be named after him.';
    const people = [
      entity('person.kim-clijsters', 'PERSON', [at(text, 'Kim Clijsters')]),
      entity('person.paul-ames', 'PERSON', [at(text, 'Paul Ames')]),
      entity('person.ann-lee', 'PERSON', [at(text, 'Ann Lee')]),
      entity('person.jo-hale', 'PERSON', [at(text, 'Jo Hale')]),
    ];
    const sentences = [
      { start: 0, end: text.indexOf(' Paul') },
      { start: text.indexOf('Paul'), end: text.indexOf(' Jo') },
      { start: text.indexOf('Jo Hale'), end: text.length },
    ];
    // Ames: another name stands between him and "she"; Hale: "him" is as often someone else
    expect(Object.fromEntries(gendersOf(text, people, sentences))).toEqual({ 'person.kim-clijsters': 'f' });
  });
});
