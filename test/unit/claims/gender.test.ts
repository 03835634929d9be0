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
});
