import { describe, expect, it } from 'vitest';
import { entitiesOf, idsTypesAndMentions } from './helpers';

describe('a name before a condition or a body part', () => {
  it('names no one', () => {
    const text =
      "He has Parkinson's disease. Smith hurt his Achilles tendon and had Down's syndrome tests. " +
      "Cost is the Achilles' heel of the plan, said Mark Jones.";
    const names = entitiesOf(text, [
      ['Parkinson', 'PER'],
      ['Achilles', 'ORG'],
      ['Down', 'LOC'],
      ['Smith', 'PER'],
      ['Mark Jones', 'PER'],
    ]).map((e) => e.name);
    expect(names).toEqual(['Smith', 'Mark Jones']);
  });

  it('keeps the person elsewhere, and a condition the tagger named whole', () => {
    const text = "Michael Parkinson met fans. Parkinson's disease is rare. Feather Lung disease is rarer.";
    const out = idsTypesAndMentions(text, [
      ['Michael Parkinson', 'PER'],
      ['Parkinson', 'PER'],
      ['Feather Lung', 'MISC'],
    ]);
    expect(out).toEqual([
      ['person.michael-parkinson', 'PERSON', ['Michael Parkinson']],
      ['misc.feather-lung', 'MISC', ['Feather Lung']],
    ]);
  });
});
