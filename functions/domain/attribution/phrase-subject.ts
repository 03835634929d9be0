import type { Sequence, WordClasses } from './features';
import { AUXILIARY, PASSIVE, VERB_LIKE, wordAt } from './opening-subject';
import type { Run } from './tags';
import { classId, classIds, classOf, NOUN_CLASSES } from './word-classes';

/**
 * "Low-cost airlines have criticised …", "But the government refused …": the
 * noun phrase a sentence opens with (after "But", "And" or "However,"), a
 * determiner or quantifier and up to four words of no clause of their own,
 * or two or three words ending on a plural, up to the verb right after it;
 * undefined when no verb follows within those words, or the verb is a
 * passive's ("The bill was backed by some firms, saying": the agent speaks).
 */
export function openingPhrase(
  seq: Sequence,
  classes: WordClasses,
  start: number,
  before: number,
): Run | undefined {
  const word = (k: number) => wordAt(seq, k);
  const first = afterLead(seq, start);
  const bare = !OPENER.test(word(first));
  if (bare && !/^\p{Lu}/u.test(word(first))) return undefined;
  for (let k = first + 1; k < Math.min(before, first + 2 + MAX_WORDS); k++) {
    if (k > first + 1 && isVerb(seq, classes, k)) {
      // "Low-cost airlines have": a bare phrase of two or three words, its last a plural
      if (bare && (k - first < 2 || k - first > 3 || !commonPlural(seq, classes, k - 1))) return undefined;
      return passiveAt(seq, classes, k) ? undefined : { role: 'source', first, last: k - 1 };
    }
    const w = word(k);
    if (!WORD.test(w) || NOT_NOUN_PHRASE.has(classOf(seq, classes, k)) || RELATIVE.test(w)) return undefined;
  }
  return undefined;
}

/** Where the subject starts after a sentence's "But", "And" or "However,". */
export function afterLead(seq: Sequence, start: number): number {
  if (!LEAD.test(wordAt(seq, start))) return start;
  return wordAt(seq, start + 1) === ',' ? start + 2 : start + 1;
}

/**
 * Where the subject starts after a fronted time phrase or clause that opens
 * the sentence and ends on its first comma ("In March this year, North Wales
 * Police …", "As he arrived at court, Mr Botin …"), as PolNeAR marks it;
 * `start` when there is none.
 */
export function afterFronted(seq: Sequence, start: number, before: number): number {
  if (!FRONTED.test(wordAt(seq, start))) return start;
  for (let k = start + 1; k < Math.min(before, start + MAX_FRONTED); k++) {
    const w = wordAt(seq, k);
    if (w === ',') return k > start + 1 ? k + 1 : start;
    if (!WORD.test(w)) return start;
  }
  return start;
}

/** A lower-case plural: "airlines", not "Angeles". */
const commonPlural = (seq: Sequence, classes: WordClasses, k: number) =>
  /^\p{Ll}/u.test(wordAt(seq, k)) && classOf(seq, classes, k) === PLURAL;

/** A verb after the phrase, not a plural noun before one ("Those new deals were"). */
function isVerb(seq: Sequence, classes: WordClasses, k: number): boolean {
  const w = wordAt(seq, k);
  const cls = classOf(seq, classes, k);
  if (/s$/.test(w) && !AUXILIARY.test(w) && FINITE.has(classOf(seq, classes, k + 1))) return false;
  // a base form agrees with a plural only: not "The pair's output index", "Los Angeles police"
  if (BASE_FORMS.has(cls)) return /^\p{Ll}+s$/u.test(wordAt(seq, k - 1)) || commonPlural(seq, classes, k - 1);
  if (VERB_CLASSES.has(cls)) return true;
  return !NOUN_CLASSES.has(cls) && VERB_LIKE.test(w);
}

/** A be-verb (after "has been" or an adverb) before a past participle: a passive clause. */
function passiveAt(seq: Sequence, classes: WordClasses, at: number): boolean {
  let k = at;
  let be = false;
  for (; k < at + 4; k++) {
    const w = wordAt(seq, k);
    if (PASSIVE.test(w)) be = true;
    else if (!HELPING.test(w) && classOf(seq, classes, k) !== ADVERB) break;
  }
  return be && (/^\p{Ll}+(?:ed|en)$/u.test(wordAt(seq, k)) || PARTICIPLES.has(classOf(seq, classes, k)));
}

/** Words before the subject that are not its own. */
const LEAD = /^(?:but|and|however|yet)$/i;
/** Words that open a fronted time phrase or clause: "Last July,", "Despite his background,". */
const FRONTED =
  /^(?:in|on|at|last|earlier|despite|as|after|when|while|during|since|before|following|although|though)$/i;
/** Words a fronted phrase holds at most, its comma included. */
const MAX_FRONTED = 12;
/** Words that open a noun phrase as subject ("The firm", "Many liberal Democrats", "Her friends"). */
const OPENER = /^(?:the|a|an|these|those|its|his|her|their|our|some|many|several|other|both)$/i;
/** Words a subject phrase holds at most after its opener: "A British Muslim group". */
const MAX_WORDS = 4;
/** A word of the phrase: letters, digits, hyphens, a possessive's apostrophe. */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.&-]*$|^['’]s$/u;
const RELATIVE = /^(?:who|which|that|whose)$/i;
const HELPING = /^(?:has|have|had|not|also|now|further|then)$/i;
const PLURAL = classId('Plural');
const ADVERB = classId('Adverb');
/** Classes no short subject phrase holds: a clause's or a prepositional phrase's words. */
const NOT_NOUN_PHRASE = classIds(['Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Gerund']);
/** Verbs that follow a subject: "deals were" makes "deals" a noun. */
const FINITE = classIds(['Modal', 'Copula', 'Auxiliary', 'PastTense']);
const BASE_FORMS = classIds(['Infinitive', 'Verb']);
const PARTICIPLES = classIds(['Participle', 'PastTense']);
/** What ends the phrase: a verb, or an adverb before one ("The nurse later sued"). */
const VERB_CLASSES = classIds([
  'Comparative',
  'Modal',
  'Copula',
  'Auxiliary',
  'Negative',
  'Adverb',
  'PastTense',
  'Participle',
  'Infinitive',
  'PresentTense',
  'Verb',
]);
