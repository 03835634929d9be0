import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import { inSentence, type Range } from './assemble';
import { touches } from './trailing-report';

/**
 * "He said the six factories were …", "They also believe there should be
 * …", "Bookmakers predict …": a sentence opening (after "But" or "And" at
 * most) on "He", "She", "They" or a plural agent noun ("Analysts",
 * "Commentators"), a verb of saying or thinking (perhaps after "also"), and
 * a clause; a pronoun's with no "that" (name-that.ts reads it with one). The clause opens on a
 * subject pronoun, "there", or a determiner or name that a finite verb
 * follows within twelve words ("He felt the pain in his leg" is no report).
 */
const PRONOUN_REPORT =
  /^(?:(?:But|And)\s+)?(?<source>[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}{2,}(?:ers|[iy]sts|ors|ians))\s+(?<cue>(?:(?:also|still|now)\s+)?(?:said|says|say|believes?|believed|thinks?|thought|feels?|felt|insists?|insisted|claims?|claimed|argues?|argued|maintains?|maintained|predicts?|predicted|reckons?|reckoned))\s+(?<content>(?:that\s+)?(?<open>he|she|it|they|we|I|you|there|the|a|an|this|these|his|her|its|their|other|\p{Lu}\p{L}+)\s.*?)[.!?]?["”]?\s*["“]?\s*$/du;

/** A subject pronoun (or "there"): a clause whatever follows. */
export const PRONOUN = /^(?:he|she|it|they|we|I|you|there)$/u;
/** A finite verb after a determiner's or name's noun phrase: the clause's own. */
export const FINITE =
  /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|\p{Ll}+ed)$/u;
/** A cue that takes no noun object in the way "felt" or "claimed" does ("He claimed the top prizes"). */
const SAYING = /^(?:said|says|say|believes?|believed|thinks?|thought)$/u;
/** A present-tense verb in -s ("lies", "plans"); not "-ss", "-us", "-is" nor a possessive. */
const PRESENT_S = /^\p{Ll}{2,}[^su']s$/u;
/** A word a noun phrase's head never is: a determiner, possessive, preposition, number or common adjective. */
const NOT_HEAD =
  /^(?:the|a|an|this|these|those|that|his|her|its|their|our|my|your|of|in|on|at|to|for|from|with|by|about|and|or|new|old|big|small|top|other|many|few|more|most|some|all|such|own|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|\p{Ll}+(?:al|ous|ive|ic|ful|able|ible|ing|ern|ese|ish|ian))$/u;
/** Another speaker's tag inside the sentence ("…, said Rahul Chakkara", "…, the farmer said"): the sentence is theirs. */
const OTHER_TAG = /,\s+(?:\S+\s+){0,3}(?:said|says|added|adds|told|according\s+to)\b/u;

/**
 * The report a pronoun subject makes in a sentence the tagger gave no cue,
 * outside quotes and with no attribution touching it: the pronoun the source,
 * the verb the cue, the clause the content, as PolNeAR marks them.
 */
export function pronounReports(
  text: string,
  sentences: readonly Range[],
  quotes: readonly Quote[],
  found: readonly Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = PRONOUN_REPORT.exec(sentence);
    const g = m?.indices?.groups;
    if (!g?.source || !g.cue || !g.content || touches(found, s) || OTHER_TAG.test(sentence)) continue;
    const content = m?.groups?.content ?? '';
    // a pronoun's "that" clause is name-that.ts's
    if (content.startsWith('that') && /^(?:he|she|they)$/iu.test(m?.groups?.source ?? '')) continue;
    if (
      !PRONOUN.test(m?.groups?.open ?? '') &&
      !finiteAfter(content) &&
      !presentAfterHead(content, m?.groups?.cue ?? '')
    )
      continue;
    const at = s.start + g.source[0];
    if (quotes.some((q) => q.open < at && at < q.close)) continue;
    const span = inSentence(s);
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}

/** Whether a finite verb comes within twelve words after the clause's first. */
export function finiteAfter(clause: string): boolean {
  return clause
    .split(/\s+/u)
    .slice(1, 13)
    .some((w) => FINITE.test(w.replace(/[,;:]$/u, '')));
}

/**
 * "He thinks its power lies in …", "He said the company plans to …": after a
 * verb of saying or thinking, a verb in -s right after the clause's head noun,
 * within its first four words, with more words after it. The word before must
 * be a head (no determiner or preposition) and not itself in -s, so a plural
 * noun ("the plans include") is not taken for the verb.
 */
function presentAfterHead(clause: string, cue: string): boolean {
  if (!SAYING.test(cue.split(/\s+/u).at(-1) ?? '')) return false;
  const words = clause.split(/\s+/u).map((w) => w.replace(/[,;:]$/u, ''));
  for (let i = 1; i <= 3 && i < words.length - 1; i++) {
    const before = words[i - 1] ?? '';
    if (i > 1 && (NOT_HEAD.test(before) || before.endsWith('s'))) break;
    if (PRESENT_S.test(words[i] ?? '') && (i > 1 || /^\p{Lu}/u.test(before))) return true;
  }
  return false;
}
