import { isDemonym } from '../entities/lexicons';
import type { Sequence, WordClasses } from './features';
import { AUXILIARY, DETERMINER, wordAt } from './opening-subject';
import type { Run } from './tags';
import { classId } from './word-classes';

/**
 * A lone nationality adjective the tagger took for the source modifies the
 * noun after it ("European firms", "European champions Wasps"): no speaker
 * on its own. Its noun is the cue ("European champions"): a noun is no
 * reporting verb, so there is no attribution. Its noun comes before the cue
 * ("European firms with secondary listings in New York have objected -
 * arguing"): the source is the whole noun phrase.
 */

/** Whether the cue is a noun a nationality adjective that is its source modifies: "European | champions". */
export function modifiedNounCue(
  seq: Sequence,
  classes: WordClasses,
  cue: Run,
  source: Run | undefined,
): boolean {
  if (!source || !isAdjective(seq, source) || source.last + 1 !== cue.first || cue.first !== cue.last)
    return false;
  return NOUNS.has(classes.get(wordAt(seq, cue.first).toLowerCase()) ?? 0);
}

/** The runs with a lone nationality adjective's source widened to the noun phrase it opens. */
export function nationalNounPhrase(seq: Sequence, runs: Run[], cue: Run): Run[] {
  const source = runs.find((r) => r.role === 'source' && isAdjective(seq, r) && r.last + 1 < cue.first);
  if (!source) return runs;
  const head = source.last + 1;
  if (!HEAD_NOUN.test(wordAt(seq, head)) || NOT_A_HEAD.test(wordAt(seq, head))) return runs;
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

/** A one-word source that is a nationality adjective, not its plural noun ("Europeans"). */
function isAdjective(seq: Sequence, source: Run): boolean {
  const w = wordAt(seq, source.first);
  return source.first === source.last && /^\p{Lu}\p{Ll}+$/u.test(w) && !w.endsWith('s') && isDemonym(w);
}

const NOUNS = new Set([classId('Plural'), classId('Singular'), classId('Noun')]);
/** A lower-case word that may head a noun phrase. */
const HEAD_NOUN = /^\p{Ll}{3,}$/u;
/** Words after an adjective that head no noun phrase: a verb's forms, an adverb, a function word. */
const NOT_A_HEAD =
  /^(?:\p{Ll}+(?:ed|ing|ly)|and|or|but|who|which|that|than|to|of|in|on|at|for|with|from|by|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)$/u;
/** What opens a prepositional phrase after the head noun. */
const POSTMODIFIER = /^(?:with|in|of|from|at|based)$/;
/** Tokens a head noun's prepositional phrase has at most before its verb. */
const MAX_POSTMODIFIER = 10;
/** Words before the adjective that a determiner opens: "the third large". */
const MAX_PREMODIFIERS = 3;
