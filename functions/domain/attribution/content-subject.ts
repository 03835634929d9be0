import type { Sequence } from './features';
import { AUXILIARY, cueBetween, isPassive, PASSIVE, sentenceStart, wordAt } from './opening-subject';
import { RAISING } from './subject-content';
import type { Run } from './tags';

/** What may set an interruption off: commas, or dashes on both sides. */
const SEPARATOR = /^(?:,|-|–|—)$/;
/** Words that interrupt a subject without describing it ("Local press, meanwhile, have reported"). */
const ASIDE = /^(?:however|meanwhile|though|too|also|instead|nonetheless|nevertheless)$/i;
/** Words that open a description of the subject: an apposition, a relative clause, a participle, a figure. */
const DESCRIPTION =
  /^(?:a|an|the|who|which|whose|its|their|his|her|known|born|\p{Ll}+ed|\p{Ll}+ing|in|from|for|of|with|like|\p{N}[\p{N}.,]*%?)$/iu;
/** A relative clause may run longer, and hold a cue of its own. */
const RELATIVE = /^(?:who|which|whose)$/i;
/** An apposition that says whose it is: "China's biggest jet fuel supplier". */
const POSSESSIVE = /^['’]s$/;
/** A name in apposition: "the world's largest package delivery company, UPS, said". */
const NAME = /^\p{Lu}[\p{L}\p{N}&.-]*$/u;
/** Words a sentence may open with before its subject: a conjunction, or a fronted phrase up to a comma. */
const CONJUNCTION = /^(?:but|and|yet)$/i;
const FRONTS =
  /^(?:of|in|on|at|for|with|after|despite|however|meanwhile|separately|similarly|still|now|later|earlier)$/i;
/** Tokens a subject, an interruption and a relative clause have at most. */
const MAX_SUBJECT = 10;
const MAX_INTERRUPTION = 14;
const MAX_RELATIVE = 26;
/** Words that make a run a clause, not a noun phrase: it would be content, not a speaker. */
const CLAUSE = /^(?:that|it|he|she|they|we|i|there|if|when|because|as|said|says)$/i;

/**
 * `American, the world's biggest airline by some measures, said it expected
 * a loss`, `A small number, 17%, said they …`, `the firm - China's biggest
 * jet fuel supplier - said`: the tagger marked the sentence's subject (and
 * the apposition after it) as content and gave the cue no source, so the
 * claim read "American, the world's biggest airline … it expected a loss",
 * and no one said it. Where a content run opens the sentence (after "But",
 * "And" or a fronted phrase and its comma) on a noun phrase and ends where
 * an interruption set off by commas or dashes opens or closes, right before
 * an active cue with no source, that noun phrase is the cue's source, as
 * interrupted-subject.ts reads a named subject the tagger left alone.
 */
export function contentSubject(seq: Sequence, runs: Run[], cues: Run[], cue: Run): Run | undefined {
  const closing = wordAt(seq, cue.first - 1);
  // "no one, including Clinton, seems to have …": a raising verb's subject is its content's, as PolNeAR marks it
  if (!SEPARATOR.test(closing) || isPassive(seq, cue) || RAISING.test(wordAt(seq, cue.first)))
    return undefined;
  const opening = sentenceStart(seq, cue.first);
  const first = CONJUNCTION.test(wordAt(seq, opening)) ? opening + 1 : opening;
  const contents = runs.filter((r) => r.role === 'content' && r.last < cue.first - 1);
  // the subject and its interruption tagged content ("American, the world's …, said"), or the subject alone (", UPS, said")
  const whole = contents.find((r) => r.first === first || frontedTo(seq, first, r.first));
  // or the interruption alone, the subject before it left untagged
  const alone = whole
    ? undefined
    : contents.find((r) => r.last === cue.first - 2 && wordAt(seq, r.first - 1) === closing);
  const run = whole ?? alone;
  if (!run) return undefined;
  const opens = alone
    ? alone.first - 1
    : run.last === cue.first - 2
      ? lastSeparator(seq, run, closing)
      : wordAt(seq, run.last + 1) === closing
        ? run.last + 1
        : undefined;
  if (
    opens === undefined ||
    (alone && runs.some((r) => r.role !== 'cue' && r.first < opens && r.last >= first))
  )
    return undefined;
  const subject = subjectIn(seq, alone ? first : run.first, opens - 1);
  const kind = subject && interruption(seq, opens + 1, cue.first - 2);
  if (!subject || !kind) return undefined;
  const relative = RELATIVE.test(wordAt(seq, opens + 1));
  if (cueBetween(cues, cue, subject.first, relative ? opens : cue.first)) return undefined;
  // "the world's largest package delivery company, UPS,": the name it goes by speaks too
  return kind === 'name' ? { ...subject, last: cue.first - 2 } : subject;
}

/** "Of the immediate payment, the firm": a fronted phrase opening the sentence, its comma right before the run. */
function frontedTo(seq: Sequence, first: number, runFirst: number): boolean {
  return (
    runFirst - first >= 2 &&
    runFirst - first <= 8 &&
    FRONTS.test(wordAt(seq, first)) &&
    wordAt(seq, runFirst - 1) === ','
  );
}

/** The last separator of the closing one's kind inside the run, not its first token. */
function lastSeparator(seq: Sequence, run: Run, closing: string): number | undefined {
  for (let k = run.last; k > run.first; k--) if (wordAt(seq, k) === closing && !hyphen(seq, k)) return k;
  return undefined;
}

/**
 * A noun phrase first..last: no clause word, auxiliary or separator in it; a
 * fronted phrase the tagger took in ("Of the immediate payment, the firm") is
 * left out after its comma.
 */
function subjectIn(seq: Sequence, first: number, last: number): Run | undefined {
  let from = first;
  if (FRONTS.test(wordAt(seq, first)))
    for (let k = last; k > first; k--)
      if (wordAt(seq, k) === ',') {
        from = k + 1;
        break;
      }
  if (
    last < from ||
    last - from + 1 > MAX_SUBJECT ||
    (from === first && /^(?:of|in|on|at|for|with)$/i.test(wordAt(seq, from)))
  )
    return undefined;
  for (let k = from; k <= last; k++) {
    const w = wordAt(seq, k);
    if (CLAUSE.test(w) || AUXILIARY.test(w) || PASSIVE.test(w) || (SEPARATOR.test(w) && !hyphen(seq, k)))
      return undefined;
  }
  return { role: 'source', first: from, last };
}

/** An aside, apposition, relative clause, participle or figure from..to, or a name, with no separator in it. */
function interruption(seq: Sequence, from: number, to: number): 'aside' | 'name' | undefined {
  const relative = RELATIVE.test(wordAt(seq, from));
  if (to < from || to - from + 1 > (relative ? MAX_RELATIVE : MAX_INTERRUPTION)) return undefined;
  for (let k = from; k <= to; k++) if (SEPARATOR.test(wordAt(seq, k)) && !hyphen(seq, k)) return undefined;
  const word = wordAt(seq, from);
  if ((from === to && ASIDE.test(word)) || DESCRIPTION.test(word) || POSSESSIVE.test(wordAt(seq, from + 1)))
    return 'aside';
  // a name alone: "UPS", "Acme Holdings"
  for (let k = from; k <= to; k++) if (!NAME.test(wordAt(seq, k))) return undefined;
  return 'name';
}

/** A dash with no space either side is a hyphen inside a word or score ("6-2", "25-year-old"), not a separator. */
function hyphen(seq: Sequence, k: number): boolean {
  const [before, dash, after] = [seq.tokens[k - 1], seq.tokens[k], seq.tokens[k + 1]];
  return !!before && !!dash && !!after && before.end === dash.start && dash.end === after.start;
}
