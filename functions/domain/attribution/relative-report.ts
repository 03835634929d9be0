import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/**
 * A relative pronoun, its clause's speaker (a name of up to four capitalised
 * words, a pronoun, or a determiner and one word), a reporting verb and the
 * finite verb the pronoun is the subject of: "which Yukos claims was
 * illegally sold", "who he believes was the only choice". An adverb may come
 * between ("which it believes may have been").
 */
const RELATIVE_REPORT =
  /(?<![\p{L}\p{N}'’-])(?<pronoun>which|who|whom|what|that)\s+(?<source>\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}|he|she|it|they|we|(?:the|its|his|her|their)\s+[\p{L}'’-]+)\s+(?<cue>says|said|claims|claimed|believes|believed|insists|insisted|argues|argued|alleges|alleged|thinks|thought|reckons|reckoned)\s+(?<verb>(?:[\p{Ll}]+\s+)?(?:is|was|are|were|will|would|could|can|should|may|might|must|has|had|have)\s)/dgu;

/**
 * "that" after a verb or conjunction opens a reported clause, not a relative
 * one ("showed that it believed there was gas"): its clause is the verb's.
 */
const THAT_AFTER_VERB =
  /(?:^|\s)(?:said|says|say|show|shows|showed|shown|found|finds|revealed|reveals|believes|believed|believe|thinks|think|thought|claimed|claims|suggested|suggests|argued|argues|insisted|noted|added|warned|know|knew|known|so|such|now|and|but|clear|sure)\s*$/iu;

/** Where the relative clause ends: a dash, semicolon, colon, line break, an opening quote or the sentence's stop. */
const CLAUSE_END = /\s[-\u2013\u2014]\s|[;:\n]|\s["“]|[.!?]["”’]?\s*$/u;

const CLAUSE_OR_COMMA = new RegExp(`,|${CLAUSE_END.source}`, 'u');

/** A speaker that is a capitalised sentence word, not a name. */
const NOT_A_SOURCE = /^(?:However|Meanwhile|Also|Instead|Yesterday|Today|Earlier|Later|Then|Now)$/;

/**
 * "the sale of Yugansk, which Yukos claims was illegally sold": a speaker
 * and a reporting verb inside a relative clause, between the pronoun and
 * the verb it is the subject of. The tagger gives no cue there, so no claim.
 * The speaker is the source, the reporting verb the cue, and the content
 * the pronoun and the rest of the clause, as PolNeAR marks it ("which …
 * were about evenly split"). Not where an attribution already holds the
 * cue in its content or as its own cue: the outer report stands for it.
 */
export function relativeReports(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // one compiled pattern for every sentence, not one per sentence
    RELATIVE_REPORT.lastIndex = 0;
    for (let m = RELATIVE_REPORT.exec(sentence); m; m = RELATIVE_REPORT.exec(sentence)) {
      const g = m.indices?.groups;
      if (!g?.pronoun || !g.source || !g.cue || !g.verb) continue;
      if (NOT_A_SOURCE.test(m.groups?.source ?? '')) continue;
      if (m.groups?.pronoun === 'that' && THAT_AFTER_VERB.test(sentence.slice(0, g.pronoun[0]))) continue;
      const rest = sentence.slice(g.verb[0]);
      // a clause set off by a comma ends at the next one ("the law, which the EU says is needed, is …")
      const aside = /,\s*$/u.test(sentence.slice(Math.max(0, g.pronoun[0] - 3), g.pronoun[0]));
      const stop = (aside ? CLAUSE_OR_COMMA : CLAUSE_END).exec(rest);
      const end = s.start + g.verb[0] + (stop ? stop.index : rest.length);
      const cue = { start: s.start + g.cue[0], end: s.start + g.cue[1] };
      const held = found.some((a) =>
        [...a.cue, ...a.content].some((f) => f.start < cue.end && cue.start < f.end),
      );
      if (held || end - (s.start + g.verb[0]) < 4) continue;
      out.push({
        source: [{ start: s.start + g.source[0], end: s.start + g.source[1] }],
        cue: [cue],
        content: [
          { start: s.start + g.pronoun[0], end: s.start + g.pronoun[1] },
          { start: s.start + g.verb[0], end },
        ],
      });
    }
  }
  return out;
}
