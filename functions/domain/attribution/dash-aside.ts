import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { CLAUSE_END, runOnToClauseEnd, soleContentAfterCue, takesIn } from './content-run-on';

/**
 * An aside set off by dashes right after a content's end, and the verb its
 * clause goes on with: "that other indicators | - such as the growth numbers -
 * had been worrying". The aside holds no dash, line break or sentence stop
 * (a hyphen inside a word, "state-run", is no dash), and the verb is an
 * auxiliary, copula, modal or a word in -ed ("- with a hardline on crime -
 * deserved a chance"), so the words before the aside are that verb's subject
 * ("- which aims to cut emissions - branding it …" is not).
 */
const ASIDE =
  /^(?:\s+[-\u2013\u2014]\s+|\s*\u2014\s*)(?:[^-\u2013\u2014\n.!?]|(?<=\S)-(?=\S)){1,200}?(?:\s+[-\u2013\u2014]\s+|\s*\u2014\s*)(?=(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|be|been|does|do|did|remains?|remained|\p{Ll}{2,}ed)\s)/u;

/** The aside's closing dash alone, then the same verbs: for a content the tagger ended inside the aside. */
const CLOSING_DASH =
  /^(?:\s+[-\u2013\u2014]\s+|\s*\u2014\s*)(?=(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|be|been|does|do|did|remains?|remained|\p{Ll}{2,}ed)\s)/u;
/** An aside's opening dash inside the content, no dash after it. */
const OPENING_DASH =
  /(?:\s[-\u2013\u2014]\s|\u2014)(?:[^-\u2013\u2014\n.!?]|(?<=\S)-(?=\S)|\.(?=\d)){1,200}$/u;

/** How far past a content's end its aside is looked for: more than the aside's 200 characters and its dashes. */
const REACH = 240;

/** A cue ending on a preposition ("allegations of"): its content is that preposition's object, no clause's subject. */
const PREPOSITION_CUE = /\b(?:of|about|over|on|for|at|in|with|against)$/iu;

/** A cue ending on a preposition ("fears about"): what follows is its object, no clause to stretch into. */
const endsOnPreposition = (text: string, cue: Range) =>
  PREPOSITION_CUE.test(text.slice(cue.start, cue.end).trimEnd());

/** CLAUSE_END matched at one place, to skip those inside a bracket ("($2.2bn; £1.1bn)"). */
const CLAUSE_END_AT = new RegExp(CLAUSE_END.source, 'uy');

/**
 * A content's stretch over an aside `aside` finds right after its end (looked
 * for within `reach` characters): the one content after its cue goes on over
 * the aside to the end of the clause it interrupts (runOnToClauseEnd). One
 * after a cue ending on a preposition is left alone.
 */
export function stretchOverAside(aside: RegExp, reach: number) {
  return (
    text: string,
    sentences: readonly Range[],
    taken: readonly Range[],
    a: Attribution,
  ): Attribution => {
    const content = soleContentAfterCue(a);
    if (!content || endsOnPreposition(text, a.cue.at(-1) as Range)) return a;
    // the aside is looked for first: most contents have none, and need no sentence
    const found = aside.exec(text.slice(content.end, content.end + reach));
    return found ? runOnToClauseEnd(text, sentences, taken, a, content, content.end + found[0].length) : a;
  };
}

/**
 * "The firm … stressed that the majority of its UK projects - which also
 * include the White City scheme - were performing strongly": the tagger ends
 * the content where the aside opens, leaving the subject without its verb.
 * It goes on over the aside (stretchOverAside).
 */
export const overDashAside = stretchOverAside(ASIDE, REACH);

/**
 * "that Baikal | - which bought the unit … at a state provoked auction |
 * - has strong links with Surgutneftegas": a content the tagger ended inside
 * the aside, right before its closing dash, keeps the aside and loses the verb
 * its subject goes on with. A piece ending there, with the aside's opening
 * dash in the content before it, goes on over the closing dash to the end of
 * the clause, the pieces before it joined; not over a cue or source. Runs
 * after bracket-end.ts, which takes a piece on to its bracket's close.
 */
export function throughClosingDash(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const cue = a.cue.at(-1);
  const first = a.content[0];
  if (!cue || !first || endsOnPreposition(text, cue)) return a;
  const i = a.content.findIndex(
    (f) =>
      CLOSING_DASH.test(text.slice(f.end, f.end + 40)) && OPENING_DASH.test(text.slice(first.start, f.end)),
  );
  const piece = a.content[i];
  if (!piece) return a;
  const sentence = sentenceAt(sentences, piece.end);
  const from =
    piece.end + (CLOSING_DASH.exec(text.slice(piece.end, piece.end + 40)) as RegExpExecArray)[0].length;
  if (!sentence || sentence.start > first.start || from >= sentence.end) return a;
  const clause = text.slice(from, sentence.end);
  const end = from + clause.slice(0, endOutsideBrackets(clause)).trimEnd().length;
  if (end <= from || takesIn(taken, first.start, end)) return a;
  const rest = a.content.slice(i + 1).filter((f) => f.start >= end);
  return { ...a, content: [{ start: first.start, end }, ...rest] };
}

/** Where a clause ends (CLAUSE_END) outside any bracket, or its length. */
function endOutsideBrackets(clause: string): number {
  let depth = 0;
  for (let k = 0; k < clause.length; k++) {
    const ch = clause[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      CLAUSE_END_AT.lastIndex = k;
      if (CLAUSE_END_AT.test(clause)) return k;
    }
  }
  return clause.length;
}
