import type { Sentence } from '../text/sentences';
import { sentenceAt } from '../text/sentences';
import { BOUNDARY, phraseEndingAt, type Span } from './antecedent';

/** A relative clause opened after a comma: "Southcorp, whose brands include …". */
const OPENER = /,\s+(?:whose|which|who)\b/g;
/** Words that start a clause of their own before the antecedent: "The defence protested after Mr Bashir, who …". */
const STOPS = new Set([
  ...BOUNDARY,
  'after',
  'before',
  'when',
  'while',
  'because',
  'if',
  'since',
  'until',
  'although',
]);

/**
 * "Southcorp, whose brands include Penfolds, Rosemount and Lindemans,
 * dismissed the offer", "The company, which makes games such as Neverwinter
 * Nights, is seeking": the tagger took the clause's last names for the
 * source. When the source ends the clause, just before the comma that
 * closes it and a finite cue, the speaker is the noun phrase the clause follows.
 */
export function relativeClauseHead(
  text: string,
  sentences: Sentence[],
  source: Span,
  cue: Span,
): Span | null {
  if (!/^\s*,\s*$/.test(text.slice(source.end, cue.start))) return null;
  // "M&S, which received a statement from Philip Green, the Bhs owner, confirming": a participle stays in the clause
  if (/^\p{L}+ing\b/u.test(cue.text)) return null;
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence) return null;
  let opener = -1;
  for (const m of text.slice(sentence.start, source.start).matchAll(OPENER))
    opener = sentence.start + m.index;
  if (opener < 0) return null;
  // a quote or a second sentence between them: not one clause
  if (/["“”.;:]/.test(text.slice(opener, source.start))) return null;
  const last = sentence.tokens.findIndex((t) => t.start >= opener) - 1;
  if (last < 0) return null;
  return phraseEndingAt(text, sentence.tokens, last, STOPS);
}
