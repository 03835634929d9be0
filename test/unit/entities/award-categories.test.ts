import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('"Best" opening a prize category', () => {
  it('names no body: "won Best Actress", "Best actor nominee"', () => {
    const text = 'Jo Bloggs won Best Actress for the film. Best actor nominee Sam Smith came too.';
    const ids = entitiesOf(text, [
      ['Jo Bloggs', 'PER'],
      ['Best', 'ORG'],
      ['Best', 'ORG'],
      ['Sam Smith', 'PER'],
    ]).map((e) => e.id);
    expect(ids).not.toContain('org.best');
    expect(ids).toContain('person.sam-smith');
  });

  it('leaves a person Best and a longer name alone', () => {
    const text = 'Best scored twice. Shoppers at Best Buy queued.';
    const ids = entitiesOf(text, [
      ['Best', 'PER'],
      ['Best Buy', 'ORG'],
    ]).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person.best', 'org.best-buy']));
  });
});
