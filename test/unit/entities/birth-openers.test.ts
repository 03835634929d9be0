import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('"Born" opening a birth clause', () => {
  it('names no place', () => {
    const text =
      'She died on Saturday. Born in Runcorn, she starred in many plays. "He was kind." Born in 1912, he ' +
      'taught. Born Jo Anne Stone, the singer began young.';
    const names = entitiesOf(text, [
      ['Born', 'LOC'],
      ['Runcorn', 'LOC'],
    ]).map((e) => e.name);
    expect(names).toEqual(['Runcorn']);
  });

  it('leaves titles alone', () => {
    const text = 'He made Born on the Fourth of July. Born In The USA sold well. Born into Brothels won.';
    const mentions = entitiesOf(text, [['Born', 'MISC']]).flatMap((e) => e.mentions.map((m) => m.start));
    expect(mentions).toEqual([...text.matchAll(/Born/g)].map((m) => m.index));
  });
});
