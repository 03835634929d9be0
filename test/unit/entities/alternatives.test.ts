import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('two names run together over "or"', () => {
  it('are two entities, each joining the entity of its name in the article', () => {
    const text =
      'The Electoral Commission wrote to ministers. Neither the Hansard Society or Electoral Commission backed the plan.';
    expect(
      linked(text, [
        ['Electoral Commission', 'ORG'],
        ['Hansard Society or Electoral Commission', 'ORG'],
      ]),
    ).toEqual([
      ['org.electoral-commission', ['Electoral Commission', 'Electoral Commission']],
      ['org.hansard-society', ['Hansard Society']],
    ]);
  });

  it("take the alias table's entry and the pair's type", () => {
    expect(linked('Neither Britain or France will say.', [['Britain or France', 'LOC']])).toEqual([
      ['gpe.united-kingdom', ['Britain']],
      ['gpe.france', ['France']],
    ]);
    expect(linked('Either Quincy or Lupoli will start up front.', [['Quincy or Lupoli', 'PER']])).toEqual([
      ['person.quincy', ['Quincy']],
      ['person.lupoli', ['Lupoli']],
    ]);
  });

  it('leave a pair whose second part opens in lower case alone', () => {
    expect(linked('Neither Labour or the rest will say.', [['Labour or the rest', 'ORG']])).toHaveLength(1);
  });
});
