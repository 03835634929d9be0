import type { Attribution } from '../extract/types';

/** A verb told to someone, its hearer before the clause: "assured the public that …". */
const TELLING =
  /(?:^|\s)(?:told|tells?|telling|warn(?:s|ed)?|(?:re)?assur(?:e|es|ed)|convinc(?:e|es|ed)|persuad(?:e|es|ed)|remind(?:s|ed)?|inform(?:s|ed)?)$/i;
/** A passive cue ("were told employees … that"): what comes next is no hearer. */
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\S+$/i;
/** Words no hearer holds: a verb, a clause's opening or a subject, "to" ("persuaded them to …"). */
const NO_HEARER =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|did|does|do|who|whom|whose|which|where|when|while|because|if|as|but|than|not|to|said|says)$/i;
/** The hearer's first word: a subject pronoun opens the clause itself, "of"/"about" tell what. */
const NOT_FIRST = /^(?:he|she|they|we|i|it|there|of|about)$/i;
/** After "that": a verb makes it a relative ("a crowd that spilled out"), no clause's opening. */
const RELATIVE_VERB =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|\p{Ll}+ed)$/iu;
/** Longest hearer, in words: "investors of New Media, the GateHouse parent, on Oct. 31". */
const MAX_WORDS = 15;

/**
 * "Reed told investors of New Media, the GateHouse parent, on Oct. 31 that
 * the merger would …", "The CDC assured the public on Weibo … that the
 * risks …": the content opens on who was told. The hearer is no part of
 * what was said, as the tagger's own rule for "told" has it
 * (`attribution/hearer-clause.ts`, which stops at a comma and leaves
 * "assured", "convinced", "persuaded" alone, their hearer marked in PolNeAR
 * in 8 of 29 train contents); so the claim's content starts at the first
 * "that" when what lies between the cue and it reads as a hearer: words,
 * commas and abbreviations only, no verb, no clause word, no quote.
 */
export function withoutHearer(text: string, a: Attribution): Attribution {
  const cue = a.cue.at(-1);
  const first = a.content[0];
  if (!cue || !first || first.start < cue.end) return a;
  const cueText = text.slice(a.cue[0]?.start ?? cue.start, cue.end);
  if (!TELLING.test(cueText) || PASSIVE.test(cueText)) return a;
  const that = /\bthat\b/gi;
  that.lastIndex = cue.end;
  const found = that.exec(text);
  if (!found) return a;
  const at = found.index;
  // the content opens inside the hearer: the tagger may leave its first words out
  if (first.start >= at) return a;
  const between = text.slice(cue.end, at);
  if (/["“”!?;:\n]/.test(between)) return a;
  const words = between.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS || NOT_FIRST.test(words[0] as string)) return a;
  if (words.some((w) => NO_HEARER.test(w))) return a;
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(at + 4));
  if (!next || RELATIVE_VERB.test(next[1] as string)) return a;
  // the content must reach past "that": the hearer is all it drops
  const content = a.content.filter((r) => r.end > at).map((r) => (r.start < at ? { ...r, start: at } : r));
  if (content.length === 0 || (content[0]?.start ?? 0) !== at) return a;
  return { ...a, content };
}
