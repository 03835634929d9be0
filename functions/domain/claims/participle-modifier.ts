/**
 * A thing planned, proposed or expected, named by a participle before its
 * noun: "Mr Bush's proposed spending of $3bn is well below …", "the
 * administration's radical proposed overhaul", "the expected 5 May
 * election", "His declared interests include …". The tagger took the lone
 * participle for a cue and the possessor for its source, but the sentence
 * tells what the thing is, not what anyone said. PolNeAR train marks such a
 * participle a cue 2 times in 24 ("proposed"), "planned" 0 in 10, "expected"
 * 0 in 4. A noun of stance after it ("his declared aim") stays.
 */
const PARTICIPLE =
  /^(?:proposed|planned|expected|predicted|projected|forecast|anticipated|intended|declared|promised|mooted|touted)$/;

/**
 * What the participle follows: a determiner, a possessive (with at most one
 * adjective between, "the administration's radical proposed"), or a small
 * count ("a total of 10 proposed domains"), not one set off by commas ("Mr
 * Smith, 61, declared").
 */
const MODIFIER_BEFORE =
  /(?:(?:^|[^\p{L}'’])(?:the|a|an|its|his|her|their|our|other)|(?<!,\s{0,2})(?<![\d.])\b\d{1,3}|\p{L}['’]s|\p{L}s['’])\s+(?:(?:new|latest|revised|original|radical|controversial|long-awaited)\s+)?$/iu;
/** "it's", "there's": a verb, not a possessive ("it's confirmed one thing"). */
const PRONOUN_VERB =
  /(?:^|[^\p{L}])(?:it|he|she|that|there|what|who|here|where|let|everyone|nobody|one)['’]s\s+(?:\p{L}+\s+)?$/iu;
/** A noun, a figure or an adjective after it, not a word that opens an object, a clause or a phrase. */
const NOUN_AFTER =
  /^\s+(?!(?:the|a|an|that|to|by|this|these|his|her|its|their|in|on|for|as|at|with|it|he|she|they|we|and|or|of|from|out|up|into|about|him|them|me|us)\b)[\p{Ll}\d£$€]/u;
/** A stance the participle names, which someone holds: "his declared aim of", "their stated support". */
const STANCE_NOUN =
  /^\s+(?:aims?|intentions?|goals?|support|opposition|views?|positions?|wish(?:es)?|policy)\b/i;

/**
 * Whether the cue is a lone participle modifying the noun after it; `before`
 * is the text just before the cue, `rest` the sentence after it.
 */
export function modifiesNoun(cue: string, before: string, rest: string): boolean {
  return (
    PARTICIPLE.test(cue.toLowerCase().trim()) &&
    MODIFIER_BEFORE.test(before) &&
    !PRONOUN_VERB.test(before) &&
    NOUN_AFTER.test(rest) &&
    !STANCE_NOUN.test(rest)
  );
}
