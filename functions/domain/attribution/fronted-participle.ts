import type { Attribution } from '../extract/types';
import { sentenceAt, type TextRange } from '../text/sentences';

/** A capitalised participle: "Outlining", "Describing", "Commenting on". */
const PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing\b/u;
/** The same after a preposition: "After announcing". */
const AFTER_PREPOSITION = /^\p{Ll}{3,}ing\b/u;
/** Words in -ing that set a phrase's place, time or topic, or a meeting, and say nothing ("According to", "Speaking to reporters"). */
const NOT_SAYING =
  /^(?:According|Following|During|Including|Regarding|Concerning|Excluding|Notwithstanding|Pending|Barring|Speaking)\b/u;
/**
 * A preposition that may open the phrase ("After announcing its decision, the
 * EU said"); not "Despite", whose participle is as often someone else's
 * ("Despite urging to ease the peg, officials insist").
 */
const PREPOSITION = /^(?:After|Before|While|When|Since|By|In|On|Upon)$/u;
/** Between the comma that ends the phrase and the source: a closing mark at most ("as "a good person", the mother"). */
const TO_SOURCE = /^["”’]?\s{1,3}$/u;

/**
 * "Outlining his crime manifesto, Mr Howard said …", "Describing Mr Jackson
 * as "a good person", the mother-of-nine said …": a participle cue that opens
 * its sentence, with no source of its own, is said by the source of the report
 * its phrase leads up to, the attribution whose source starts right after the
 * phrase's first comma, before its own cue. PolNeAR train marks it so (20 of
 * the 22 fronted participles the tagger cues are gold cues, sourced by the
 * main clause's subject). Its content ends at that comma. Not a participle
 * that sets a time, place or topic ("Following", "According to", "Speaking").
 * A preposition may open the phrase ("After announcing …, the EU said").
 */
export function frontedParticiples(
  text: string,
  sentences: readonly TextRange[],
  attributions: Attribution[],
): Attribution[] {
  return attributions.map((a) => {
    const cue = a.cue[0];
    if (a.source?.length || !cue || a.cue.length !== 1) return a;
    const sentence = sentenceAt(sentences, cue.start);
    if (!sentence) return a;
    const lead = text.slice(sentence.start, cue.start).trim();
    const words = text.slice(cue.start, cue.end);
    if (lead ? !PREPOSITION.test(lead) || !AFTER_PREPOSITION.test(words) : !PARTICIPLE.test(words)) return a;
    if (NOT_SAYING.test(words)) return a;
    const comma = text.indexOf(',', cue.end);
    if (comma < 0 || comma >= sentence.end) return a;
    // no other report inside the phrase: its comma would end that one's words
    if (attributions.some((b) => b !== a && b.cue.some((c) => c.start >= cue.end && c.start < comma)))
      return a;
    // the main clause's report: its source right after the comma, before its own cue ("…, Mr Howard said")
    const main = attributions.find((b) => {
      const first = b.source?.[0];
      const last = b.source?.at(-1);
      const own = b.cue[0];
      if (b === a || !first || !last || !own) return false;
      if (first.start <= comma || !TO_SOURCE.test(text.slice(comma + 1, first.start))) return false;
      return last.end <= own.start && own.start < sentence.end;
    });
    // "While saying …, he criticised": after a preposition, a pronoun subject with no report of its own
    const source = main?.source ?? (lead ? pronounAfter(text, comma) : undefined);
    if (!source) return a;
    const content = a.content
      .filter((r) => r.start < comma)
      .map((r) => (r.end > comma ? { ...r, end: comma } : r));
    if (!content.length) return a;
    return { ...a, source: source.map((r) => ({ ...r })), content };
  });
}

/** "While saying he admired Mr Blair, he bitterly criticised …": a personal pronoun and a verb right after the comma, no report of theirs. */
function pronounAfter(text: string, comma: number): TextRange[] | undefined {
  const m = PRONOUN_AFTER.exec(text.slice(comma + 1, comma + 24));
  const lead = m?.groups?.lead;
  const pronoun = m?.groups?.p;
  if (lead === undefined || !pronoun) return undefined;
  const start = comma + 1 + lead.length;
  return [{ start, end: start + pronoun.length }];
}
/** A subject pronoun after the phrase's comma, a lower-case word after it. */
const PRONOUN_AFTER = /^(?<lead>["”’]?\s{1,3})(?<p>he|she|they|we|I)\s+\p{Ll}/u;
