import type { Sequence, TokenInfo } from './features';
import { AUXILIARY, DETERMINER, OPENS_SPEAKER, wordAt } from './opening-subject';

/**
 * `He told BBC News Labour MPs would back the bill.` No word shows where the
 * clause after the hearer starts, yet PolNeAR's guidelines leave the hearer
 * out of the content. A clause starts at `k` when the words before it end a
 * hearer, a person's or organisation's mention ("BBC News", "Mr Brown") or
 * an audience or newsroom ("reporters", "MPs", "the Associated Press news
 * agency"), and from `k` a plain subject runs to a finite verb: a mention,
 * its possessive and nouns ("Labour MPs", "Contrack's withdrawal"), or up to
 * three lower-case nouns ("ministers", "human rights concerns"), with at
 * most one prepositional phrase ("from the transportation contract"). A
 * finite verb is an auxiliary or a past tense in -ed: reported speech is
 * mostly backshifted, and "told reporters armed police …" stays unread.
 * Returns the verb's index, or undefined.
 */
export function bareClauseVerb(seq: Sequence, info: TokenInfo, k: number, end: number): number | undefined {
  if (!endsHearer(seq, info, k - 1)) return undefined;
  const verb = subjectEnd(seq, info, k, end);
  return verb !== undefined && verb <= end && isFiniteVerb(wordAt(seq, verb)) ? verb : undefined;
}

/** Whether token `j` ends a hearer: the last word of a person's or organisation's mention, or an audience. */
function endsHearer(seq: Sequence, info: TokenInfo, j: number): boolean {
  if (AUDIENCE.test(wordAt(seq, j)) || NEWSROOM.test(wordAt(seq, j))) return true;
  const tag = info.ent[j + 2] as number;
  const opens = tag - (tag % 2);
  return OPENS_SPEAKER.has(opens) && (info.ent[j + 3] as number) !== opens + 1;
}

/** The index right after the subject that starts at `k`, if a plain subject starts there. */
function subjectEnd(seq: Sequence, info: TokenInfo, k: number, end: number): number | undefined {
  const word = (j: number) => wordAt(seq, j);
  let j = k;
  const tag = info.ent[k + 2] as number;
  let nouns = MAX_NOUNS;
  if (tag >= 2 && tag % 2 === 0) {
    // a mention opens the subject: the whole of it, then its possessive's nouns or nouns it qualifies
    j++;
    while (j <= end && (info.ent[j + 2] as number) === tag + 1) j++;
    if (POSSESSIVE.test(word(j))) {
      j++;
      if (!isNoun(word(j))) return undefined;
    }
    nouns = MAX_NOUNS - 1;
  } else if (!isNoun(word(j))) return undefined;
  j = pastNouns(seq, j, end, nouns);
  if (!PREPOSITION.test(word(j))) return j;
  // one prepositional phrase: "over China", "from the transportation contract"
  j++;
  if (DETERMINER.test(word(j))) j++;
  const from = j;
  while (j <= end && j - from < MAX_NOUNS && (isNoun(word(j)) || CAPITALISED.test(word(j)))) j++;
  return j > from ? j : undefined;
}

function pastNouns(seq: Sequence, from: number, end: number, max: number): number {
  let j = from;
  while (j <= end && j - from < max && isNoun(wordAt(seq, j))) j++;
  return j;
}

/** A noun, as far as a rule can tell: a lower-case word no function word nor finite verb, or a plural like "MPs". */
const isNoun = (w: string) =>
  (LOWER_WORD.test(w) &&
    !FUNCTION_WORD.test(w) &&
    !isFiniteVerb(w) &&
    !DETERMINER.test(w) &&
    !NEWSROOM.test(w)) ||
  PLURAL_INITIALS.test(w);

/** Lower-case nouns a subject has at most, and words a prepositional phrase has. */
const MAX_NOUNS = 3;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s?$/;
/** An auxiliary, modal or past tense in -ed. */
const isFiniteVerb = (w: string) => AUXILIARY.test(w) || PAST_TENSE.test(w);
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
/** A preposition opening the subject's one prepositional phrase ("from the transportation contract"). */
const PREPOSITION = /^(?:of|in|on|for|from|over|with|about|at)$/;
/** Words no noun of a subject is: pronouns, conjunctions, prepositions, relatives, negations, adverbs. */
const FUNCTION_WORD =
  /^(?:he|she|they|we|i|it|there|you|him|her|them|us|me|and|or|but|if|as|than|that|who|whom|whose|which|what|where|when|while|why|how|whether|to|of|in|on|for|from|over|with|about|at|by|into|not|also|only|just|still|now|then|so|very|such|more|most|last|next|this|yesterday|today|\p{Ll}+ly)$/u;
/** Hearers that are audiences rather than names: "reporters", "MPs". */
const AUDIENCE =
  /^(?:reporters|journalists|MPs|MEPs|peers|delegates|activists|supporters|members|investors|analysts|councillors|parliament|Parliament)$/;
/** Newsrooms, bodies and gatherings that end a hearer and are never a subject's noun ("the BBC News website users had"). */
const NEWSROOM =
  /^(?:agency|newspaper|paper|programme|website|magazine|committee|conference|briefing|meeting|rally|audience)$/;
