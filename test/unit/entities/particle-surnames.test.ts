import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions as named } from './helpers';

describe('a surname opening on a particle in the other case', () => {
  it('joins the full name, bare or after its initial', () => {
    const text =
      'Robin van Persie came on late. Van Persie shot wide. Roland De Marigny kicked well. R de Marigny; A Bell.';
    const ids = named(text, [
      ['Robin van Persie', 'PER'],
      ['Van Persie', 'PER'],
      ['Roland De Marigny', 'PER'],
      ['R de Marigny', 'PER'],
      ['A Bell', 'PER'],
    ]);
    expect(ids).toContainEqual(['person.robin-van-persie', 'PERSON', ['Robin van Persie', 'Van Persie']]);
    expect(ids).toContainEqual(['person.roland-de-marigny', 'PERSON', ['Roland De Marigny', 'R de Marigny']]);
  });

  it('leaves an initial that opens no such full name, and two full names', () => {
    const text =
      'Roland De Marigny kicked. T de Marigny ran. Theo van Gogh and Vincent van Gogh. Van Gogh painted.';
    const ids = named(text, [
      ['Roland De Marigny', 'PER'],
      ['T de Marigny', 'PER'],
      ['Theo van Gogh', 'PER'],
      ['Vincent van Gogh', 'PER'],
      ['Van Gogh', 'PER'],
    ]).map(([id]) => id);
    expect(ids).toContain('person.t-de-marigny');
    expect(ids).toContain('person.van-gogh');
  });
});
