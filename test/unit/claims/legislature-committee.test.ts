import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a committee of a legislature is not the house it sits in', () => {
  it('links "The Commons education select committee" to no one, not the House of Commons', () => {
    const text =
      'The House of Commons debated the bill. The Commons education select committee called the plan indefensible.';
    const commons = named(text, 'org.house-of-commons', 'ORG', ['House of Commons', 'Commons']);
    expect(speakerOf(text, 'The Commons education select committee', [commons])).toBeNull();
  });

  it('links "A European Parliament committee" to no one', () => {
    const text = 'A European Parliament committee has ordered a rewrite of the rules.';
    const parliament = named(text, 'org.european-parliament', 'ORG', ['European Parliament']);
    expect(speakerOf(text, 'A European Parliament committee', [parliament])).toBeNull();
  });

  it('still links a committee of any other body to it ("the ISM survey committee")', () => {
    const text = 'The ISM survey committee said factory orders rose.';
    const ism = named(text, 'org.ism', 'ORG', ['ISM']);
    expect(speakerOf(text, 'The ISM survey committee', [ism])).toBe('org.ism');
  });
});
