import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe("a city's initials", () => {
  it('reads "LA" the tagger typed a body as Los Angeles', () => {
    const text = 'He was arrested at his LA home. Critics in LA were unmoved.';
    expect(entitiesOf(text, [['LA', 'ORG']]).map((e) => [e.id, e.type, e.mentions.length])).toEqual([
      ['gpe.los-angeles', 'GPE', 2],
    ]);
  });

  it('leaves a nickname in quotes and a state after a town', () => {
    const nickname = 'Antonio "LA" Reid runs the label.';
    expect(entitiesOf(nickname, [['LA', 'ORG']]).map((e) => e.id)).not.toContain('gpe.los-angeles');
    const state = 'The team flew from Monroe, LA on Monday.';
    expect(entitiesOf(state, [['LA', 'ORG']]).map((e) => e.id)).not.toContain('gpe.los-angeles');
  });
});
