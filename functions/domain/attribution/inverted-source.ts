import type { Sequence } from './features';
import type { Run } from './tags';

/**
 * `"My hip was cramping," said the 34-year-old.` The tagger, trained on
 * PolNeAR where a source after its cue is uncommon, often reads the words
 * after such a cue as more content, and the claim loses its speaker. A short
 * run right after the cue that ends the sentence, when content ends at the
 * cue with a comma (or a quote's ? or !), is the source. What follows it
 * (", accepting his award", "on arrival") is left out, but for a quote,
 * which stays content.
 */
export function invertedSource(seq: Sequence, text: string, runs: Run[], cue: Run): Run[] {
  if (runs.some((r) => r.role === 'source')) return runs;
  const before = runs.findLast((r) => r.role === 'content' && r.last < cue.first);
  const after = runs.find((r) => r.role === 'content' && r.first === cue.last + 1);
  if (!before || !after) return runs;
  const tokens = seq.tokens;
  const at = (i: number) => tokens[i] as { text: string; start: number; end: number };
  const gap = text.slice(at(before.last).end, at(cue.first).start);
  const opener = at(after.first).text;
  if (!LEAD_OUT.test(gap) || !NOUN_PHRASE_START.test(opener) || WHEN.test(opener)) return runs;
  let last = after.first;
  while (last < after.last && at(last + 1).text !== ',' && !CIRCUMSTANCE.test(at(last + 1).text)) last++;
  last = withApposition(seq, last);
  const next = tokens[last + 1];
  const ends =
    next === undefined ||
    seq.sentence[last + 1] !== seq.sentence[last] ||
    /^[.,;!?]$/.test(next.text) ||
    CIRCUMSTANCE.test(next.text);
  if (!ends || last - after.first >= MAX_SOURCE_TOKENS) return runs;
  const words = text.slice(at(after.first).start, at(last).end);
  if (/["“”]/.test(words) || FINITE.test(words)) return runs;
  // "The firm, which made finds, said the find was large": the content before is the subject
  let opening = cue.first;
  while (opening > 0 && seq.sentence[opening - 1] === seq.sentence[cue.first]) opening--;
  const lead = text.slice(at(opening).start, at(cue.first).start);
  if (RELATIVE.test(lead)) return runs;
  const source: Run = { role: 'source', first: after.first, last };
  // `said X, "more."`: the quote after the source is still content
  const rest = last + 2 <= after.last && /^["“]/.test(at(last + 2).text) ? after.last : -1;
  const more: Run[] = rest < 0 ? [] : [{ role: 'content', first: last + 2, last: rest }];
  return [...runs.filter((r) => r !== after), source, ...more].sort((a, b) => a.first - b.first);
}

/**
 * `the club secretary, Mary Evans,`: a name in apposition after the source is
 * part of it, whether the tagger left it out or made it another cue's source.
 */
function withApposition(seq: Sequence, last: number): number {
  const word = (i: number) => seq.tokens[i]?.text ?? '';
  const same = (i: number) => i < seq.tokens.length && seq.sentence[i] === seq.sentence[last];
  if (word(last + 1) !== ',' || !same(last + 2)) return last;
  let name = last + 2;
  while (same(name) && name - last <= 4 && /^\p{Lu}/u.test(word(name))) name++;
  const closes = name > last + 2 && (!same(name) || /^[,.;]$/.test(word(name)));
  return closes ? name - 1 : last;
}

/** Between content and its cue: a comma, or a quote's ? or !, and closing quotes. */
const LEAD_OUT = /^[^\S\n]*(?:,|[,?!]["”’']|["”’'][,?!]?)[^\S\n]*$/u;
/** Names, titles and determiners open a speaker; "said on Friday" or "said that" do not. */
const NOUN_PHRASE_START = /^(?:\p{Lu}.*|the|a|an|his|her|their|its|one|another|both)$/u;
/** Capitalised, but a time: "said Thursday". */
const WHEN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Last|This|Next|Earlier|Later)$/;
const MAX_SOURCE_TOKENS = 10;
/** Where the speaker ends and the circumstance begins: "said Jones on arrival", "ahead of the tie". */
const CIRCUMSTANCE = /^(?:on|upon|at|ahead|after|before|as|when|while|following|during)$/;
/** A clause, not a speaker: "said the plan is to ...". */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did)\b/;
/** A relative clause opened after a comma, which the comma before the cue closes. */
const RELATIVE = /,\s+(?:which|who|whose|whom)\b/;
