import { isDemonym } from '../entities/lexicons';
import type { Sequence, TokenInfo, WordClasses } from './features';
import { AUXILIARY, DETERMINER, OPENS_SPEAKER, wordAt } from './opening-subject';
import type { Run } from './tags';
import { classIds, classOf, NOUN_CLASSES } from './word-classes';

/**
 * A lone nationality adjective the tagger took for the source modifies the
 * noun after it ("European firms", "European champions Wasps"): no speaker
 * on its own. Its noun is the cue and opens no content ("European champions
 * Wasps", not "Republican criticism that …", which PolNeAR marks): there is
 * no attribution. Its noun comes before the cue ("European firms with
 * secondary listings in New York have objected - arguing"): the source is
 * the whole noun phrase.
 */

/** Whether the cue is a noun a nationality adjective that is its source modifies: "European | champions Wasps". */
export function modifiedNounCue(
  seq: Sequence,
  info: TokenInfo,
  classes: WordClasses,
  cue: Run,
  source: Run | undefined,
): boolean {
  if (!source || source.last + 1 !== cue.first || cue.first !== cue.last) return false;
  if (!isAdjective(seq, info, classes, source) || OPENS_CONTENT.test(wordAt(seq, cue.last + 1))) return false;
  return NOUN_CLASSES.has(classOf(seq, classes, cue.first));
}

/** The runs with a lone nationality adjective's source widened to the noun phrase it opens. */
export function nationalNounPhrase(
  seq: Sequence,
  info: TokenInfo,
  classes: WordClasses,
  runs: Run[],
  cue: Run,
): Run[] {
  const source = runs.find(
    (r) => r.role === 'source' && r.last + 1 < cue.first && isAdjective(seq, info, classes, r),
  );
  if (!source) return runs;
  const head = source.last + 1;
  const word = wordAt(seq, head);
  if (!HEAD_NOUN.test(word) || NOT_A_HEAD.test(word) || NOT_A_NOUN.has(classOf(seq, classes, head)))
    return runs;
  let last = head;
  // "firms with secondary listings in New York have": a prepositional phrase up to the verb
  if (POSTMODIFIER.test(wordAt(seq, head + 1))) {
    const reach = Math.min(cue.first, head + MAX_POSTMODIFIER);
    for (let k = head + 2; k < reach && seq.sentence[k] === seq.sentence[head]; k++)
      if (AUXILIARY.test(wordAt(seq, k))) {
        last = k - 1;
        break;
      }
  }
  // "the third large European bank": back to a determiner over lower-case words
  let first = source.first;
  for (let k = source.first - 1; k >= 0 && source.first - k <= MAX_PREMODIFIERS; k--) {
    const w = wordAt(seq, k);
    if (seq.sentence[k] !== seq.sentence[source.first] || !/^\p{Ll}+$/u.test(w)) break;
    if (DETERMINER.test(w)) {
      first = k;
      break;
    }
  }
  return runs.map((r) => (r === source ? { ...r, first, last } : r));
}

/**
 * A one-word source that is a nationality adjective: not its plural noun
 * ("Europeans"), not a name that ends like one (Buchanan, Hassan, Mark
 * Cuban), not a noun (Guardian).
 */
function isAdjective(seq: Sequence, info: TokenInfo, classes: WordClasses, source: Run): boolean {
  const w = wordAt(seq, source.first);
  if (source.first !== source.last || !/^\p{Lu}\p{Ll}+$/u.test(w) || w.endsWith('s') || !isDemonym(w))
    return false;
  const entity = info.ent[source.first + 2] as number;
  return (
    !OPENS_SPEAKER.has(entity - (entity % 2)) && !NOT_AN_ADJECTIVE.has(classOf(seq, classes, source.first))
  );
}

const NOT_AN_ADJECTIVE = classIds([
  'FirstName',
  'LastName',
  'Person',
  'Organization',
  'Place',
  'Singular',
  'Noun',
]);
/** Classes of words that head no noun phrase after an adjective: "Buchanan said", "Cuban also". */
// biome-ignore format: compact word list
const NOT_A_NOUN = classIds([
  'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Modal', 'Copula', 'Auxiliary', 'Negative',
  'QuestionWord', 'Adverb', 'Value', 'PastTense', 'Gerund', 'Participle',
]);
/** What a noun cue's content opens with: "Republican criticism that his strategy is failing". */
const OPENS_CONTENT = /^(?:that|of|about|over|on|against|:|["“])$/i;
/** A lower-case word that may head a noun phrase. */
const HEAD_NOUN = /^\p{Ll}{3,}$/u;
/** Words an unclassed word may be that head no noun phrase: a verb's forms, an adverb, a function word. */
const NOT_A_HEAD =
  /^(?:\p{Ll}+(?:ed|ing|ly)|and|or|but|who|which|that|than|to|of|in|on|at|for|with|from|by|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)$/u;
/** What opens a prepositional phrase after the head noun. */
const POSTMODIFIER = /^(?:with|in|of|from|at|based)$/;
/** Tokens a head noun's prepositional phrase has at most before its verb. */
const MAX_POSTMODIFIER = 10;
/** Words before the adjective that a determiner opens: "the third large". */
const MAX_PREMODIFIERS = 3;
