import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** A dash setting off an aside: spaced, or an em dash. */
const OPENING_DASH = /(?:\s[-\u2013\u2014]|\u2014)\s*$/u;
const CLOSING_DASH = /^\s*(?:[-\u2013\u2014]\s|\u2014)/u;

/**
 * A content that opens on the aside and runs over its closing dash to the
 * verb of the clause it interrupts: "a measure of … - was about half".
 * The aside holds no dash, line break or sentence stop; the verb is an
 * auxiliary, copula, modal or a word in -ed, as in `dash-aside.ts`.
 */
const ASIDE_THEN_VERB =
  /^(?:[^-\u2013\u2014\n.!?]|(?<=\S)-(?=\S)){1,200}?(?:\s+[-\u2013\u2014]\s+|\s*\u2014\s*)(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|be|been|does|do|did|remains?|remained|\p{Ll}{2,}ed)\s/u;

/** The clause's subject before the aside: a few words, no clause mark, no quote, not a subordinate clause. */
const SUBJECT =
  /^(?!(?:While|Although|Though|If|When|As|After|Before|Because|Since|Despite|Under|In|At|On|For|With)\s)[\p{Lu}\p{N}][^,;:\n"“”]{0,120}$/u;

/**
 * A content the tagger opened inside a dashed aside, or that it made of the
 * aside and the clause past the cue:
 * - "Liquidity - a measure of the number of parties willing to trade - was
 *   about half that of a normal day, traders said": the content opened after
 *   the first dash, leaving the subject the verb after the aside needs. It
 *   starts at that subject, when a few words from the sentence's start with
 *   no cue or source (`taken`) in them.
 * - "Mr Hawkins - a paraplegic himself - says his customers have included …":
 *   the aside before the cue was its content's first piece. It describes the
 *   source, and is dropped.
 */
export function asideContent(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const cue = a.cue[0];
  const first = a.content[0];
  if (!cue || !first || first.end > cue.start) return a;
  const before = text.slice(Math.max(0, first.start - 3), first.start);
  if (!OPENING_DASH.test(before)) return a;
  if (a.content.length > 1) {
    const rest = a.content.slice(1);
    const asidePiece = CLOSING_DASH.test(text.slice(first.end, first.end + 3));
    return asidePiece && rest.every((r) => r.start >= cue.end) ? { ...a, content: rest } : a;
  }
  if (!ASIDE_THEN_VERB.test(text.slice(first.start, first.end))) return a;
  const sentence = sentenceAt(sentences, first.start);
  if (!sentence) return a;
  const head = text.slice(sentence.start, first.start).replace(OPENING_DASH, '');
  const lead = head.length - head.trimStart().length;
  const subject = head.trim();
  const start = sentence.start + lead;
  if (!SUBJECT.test(subject) || taken.some((r) => r.start < first.start && start < r.end)) return a;
  return { ...a, content: [{ start, end: first.end }] };
}
