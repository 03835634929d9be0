import { describe, expect, it } from 'vitest';
import { followsArticle } from '../../../functions/domain/claims/article-name';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('followsArticle: a person named after an article only modifies a noun', () => {
  it('holds after "the", "The", "a" and "an"', () => {
    const texts = ['the Ann Fry era', 'The Ann Fry attack', 'a Ann Fry goal', 'after an Ann Fry speech'];
    for (const text of texts) expect(followsArticle(text, spanOf(text, 'Ann Fry'))).toBe(true);
  });

  it('does not hold for an initial, a word ending in "the" or "a", or a name opening the text', () => {
    const texts = ['A Ann Fry', 'breathe Ann Fry', 'Nina Ann Fry', 'Ann Fry said'];
    for (const text of texts) expect(followsArticle(text, spanOf(text, 'Ann Fry'))).toBe(false);
  });
});

/** Who "he" is after `second`, where Tom Reyes was the subject of the sentence before. */
function heAfter(second: string): string | null {
  const text = `Tom Reyes affects bewilderment at the campaign. ${second}`;
  const people = ['Tom Reyes', 'Dan Okafor'].map((n) =>
    named(text, `person.${n.toLowerCase().replace(' ', '-')}`, 'PERSON', [n]),
  );
  return resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) });
}

describe('resolveSpeaker: "he" passes over a name that modifies a noun', () => {
  it('goes on with the subject before, not a name after "The"', () => {
    expect(heAfter('The Dan Okafor attack, he says, is just the latest mistake.')).toBe('person.tom-reyes');
  });

  it('still takes a name that follows no article', () => {
    expect(heAfter('Dan Okafor is furious, and he says it is a mistake.')).toBe('person.dan-okafor');
  });
});
