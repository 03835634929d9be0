import { isDemonym } from '../entities/lexicons';
import { bareClauseVerb } from './bare-clause';
import type { Sequence, TokenInfo } from './features';
import { AUXILIARY, DETERMINER, isPassive, OPENS_SPEAKER, VERB_LIKE, wordAt } from './opening-subject';
import { NOT_A_HEARER } from './recipient-content';
import type { Run } from './tags';

/**
 * `He told the BBC the plan was dead.` The tagger reads all that follows
 * "told" as content, the hearer with it; PolNeAR's guidelines leave the
 * hearer out ("She is telling me otherwise": "me" is who it is said to) and
 * its annotators do (some 270 of 290 "told <hearer> <report>" in train).
 * When the content right after a telling cue opens with a short noun phrase
 * and then a clause visibly starts, the content starts with that clause,
 * "that" included as PolNeAR marks it. A clause starts at "that", a
 * subject pronoun, a determiner or honorific that no preposition calls for,
 * a name followed by a verb ("the BBC Michael Howard has"), or a common
 * noun or two followed by an auxiliary after a name ("the BBC lessons were"),
 * or a plain subject and a finite verb after a named hearer or an audience
 * ("told reporters ministers had", bare-clause.ts). The tagger may also
 * start the content inside the clause, at its verb or just past an
 * auxiliary ("the BBC Liverpool were | unlikely"): it starts at the clause.
 */
export function hearerOff(seq: Sequence, info: TokenInfo, runs: Run[], cue: Run): Run[] {
  const clause = clauseAfterHearer(seq, info, cue);
  if (clause === undefined) return runs;
  // the tagger may start the content inside the hearer ("Today programme Mr Blair had") or the clause
  const verb = firstVerb(seq, clause);
  const reach = verb !== undefined && AUXILIARY.test(wordAt(seq, verb)) ? verb + 1 : (verb ?? clause);
  const content = runs.find(
    (r) =>
      r.role === 'content' &&
      r.first > cue.last &&
      r.last >= clause &&
      (r.first < clause ||
        (r.first > clause &&
          r.first <= reach &&
          !opensOwn(wordAt(seq, r.first)) &&
          wordsOnly(seq, clause, r.first))),
  );
  if (!content) return runs;
  return runs.map((r) => (r === content ? { ...r, first: clause } : r));
}

/** The cue with the hearer after it, if any: where a clause guessed for want of content starts after. */
export function withHearer(seq: Sequence, info: TokenInfo, cue: Run): Run {
  const clause = clauseAfterHearer(seq, info, cue);
  return clause === undefined ? cue : { ...cue, last: clause - 1 };
}

/** Where the clause after a telling cue's hearer starts, when the words right after the cue are a hearer. */
function clauseAfterHearer(seq: Sequence, info: TokenInfo, cue: Run): number | undefined {
  if (!TELLING.test(wordAt(seq, cue.last)) || isPassive(seq, cue)) return undefined;
  const first = cue.last + 1;
  const end = info.sentLast[cue.last] as number;
  // "told he would be released": no hearer, the clause follows the cue; "told of his shock": no hearer either
  if (first > end || SUBJECT.test(wordAt(seq, first)) || GOES_ON.test(wordAt(seq, first))) return undefined;
  const last = Math.min(end, first + MAX_HEARER);
  for (let k = first; k <= last; k++) {
    if (k > first && opensClause(seq, info, k)) return firstVerb(seq, k, end) !== undefined ? k : undefined;
    if (k > first && afterHearer(seq, k) && bareClauseVerb(seq, info, k, end) !== undefined) return k;
    // a comma, dash, quote, relative or verb: no plain noun phrase, or one too involved to tell where it ends
    if (NOT_A_HEARER.test(wordAt(seq, k)) || NOT_IN_HEARER.test(wordAt(seq, k))) return undefined;
    // "told a lunch for journalists winning the election had to be …": a gerund with an object may open the clause
    if (
      GERUND.test(wordAt(seq, k)) &&
      DETERMINER.test(wordAt(seq, k + 1)) &&
      !/^that$/i.test(wordAt(seq, k + 1))
    )
      return undefined;
  }
  return undefined;
}

/** Whether the clause visibly starts at `k`, past the hearer's first word. */
function opensClause(seq: Sequence, info: TokenInfo, k: number): boolean {
  const w = wordAt(seq, k);
  if (/^that$/i.test(w) || SUBJECT.test(w)) return true;
  if (!afterHearer(seq, k)) return false;
  if (DETERMINER.test(w) || HONORIFIC.test(w) || /^such$/i.test(w)) return true;
  const opens = info.ent[k + 2] as number;
  if (OPENS_SPEAKER.has(opens)) {
    let end = k;
    while ((info.ent[end + 3] as number) === opens + 1) end++;
    return isVerb(wordAt(seq, end + 1));
  }
  // "the BBC lessons were", "The Observer government life was"; a nationality modifies the noun, so is the clause's
  // own subject ("warned Asian states could")
  if (!CAPITALISED.test(wordAt(seq, k - 1)) || isDemonym(wordAt(seq, k - 1)) || !plainNoun(wordAt(seq, k)))
    return false;
  return (
    AUXILIARY.test(wordAt(seq, k + 1)) ||
    (plainNoun(wordAt(seq, k + 1)) && AUXILIARY.test(wordAt(seq, k + 2)))
  );
}

/**
 * A content the tagger started at "that", a pronoun or a determiner is a
 * clause of its own ("CBS This Morning on Monday that …"); "no" after a
 * verb is the clause going on ("there was | no possibility").
 */
function plainNoun(w: string): boolean {
  return NOUN.test(w) && !GOES_ON.test(w) && !SUBJECT.test(w);
}

const opensOwn = (w: string) =>
  /^that$/i.test(w) || SUBJECT.test(w) || (DETERMINER.test(w) && !/^no$/i.test(w));

/** Whether tokens `from` to before `to` are all words or possessives: "after the debate, 'and I hope'" is no clause cut short. */
function wordsOnly(seq: Sequence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/[\p{L}\p{N}]|^['’]s?$/u.test(wordAt(seq, k))) return false;
  return true;
}

/** Whether a clause may start at `k`: "a meeting of the Metropolitan Police Authority", "the BBC's Today" go on. */
function afterHearer(seq: Sequence, k: number): boolean {
  const before = wordAt(seq, k - 1);
  return !GOES_ON.test(before) && !DETERMINER.test(before);
}

/** The clause's first verb from `from` to `to` (its sentence's end when not given). */
function firstVerb(seq: Sequence, from: number, to = from + MAX_HEARER): number | undefined {
  for (let k = from; k <= to && k < seq.tokens.length && seq.sentence[k] === seq.sentence[from]; k++)
    if (isVerb(wordAt(seq, k))) return k;
  return undefined;
}

const isVerb = (w: string) => VERB_LIKE.test(w) || AUXILIARY.test(w);

/** A cue that takes a hearer before its clause: "told", "warned Labour and the Tories they were …" (PolNeAR keeps the hearer after "assured"). */
const TELLING = /^(?:told|tells|tell|telling|warned|warns|warn|warning)$/i;
/** Tokens a hearer has at most: "The Post and Courier newspaper of Charleston on Saturday". */
const MAX_HEARER = 12;
/** A clause's subject pronoun; "there" as in "there was". */
const SUBJECT = /^(?:he|she|they|we|i|it|there)$/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir)$/i;
/** Words after which a noun phrase goes on: a preposition, a conjunction, a possessive. */
const GOES_ON = /^(?:of|in|at|on|for|from|with|by|about|near|outside|and|or|such|['’]s)$/i;
/**
 * Punctuation, words that open a clause of their own ("the story of two men
 * who take"), and what is told rather than who to ("tell the I.R.S. anything
 * it doesn't already know").
 */
const NOT_IN_HEARER =
  /^(?:[^\p{L}\p{N}]+|who|whom|whose|which|where|when|while|because|as|but|than|anything|something|nothing|everything)$/iu;
const CAPITALISED = /^\p{Lu}/u;
const GERUND = /^\p{Ll}+ing$/u;
/** A lower-case word no function word: a noun, as far as a rule can tell. */
const NOUN = /^\p{Ll}[\p{Ll}-]+$/u;
