import type { Entity, Range } from '../model/document';

/**
 * "the", "The" or "a", "an" just before a name: bounded to the few characters
 * before it. A capital "A" is left out: it is an initial ("A Jones") as often.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|an?)\s+$/u;

/**
 * Whether a person's name follows an article ("The Peter Hain 'mongrel'
 * attack", "the Bush administration", "a Steven Gerrard own goal"): a person
 * takes none, so the name only modifies the noun after it and is no one a
 * pronoun goes on with.
 */
export const followsArticle = (text: string, m: Range): boolean =>
  ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start));

/** The person with only the mentions that name them, not a noun they modify. */
export const withoutArticleNames = (text: string, person: Entity): Entity => ({
  ...person,
  mentions: person.mentions.filter((m) => !followsArticle(text, m)),
});
