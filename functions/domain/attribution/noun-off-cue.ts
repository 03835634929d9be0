import type { Span } from './cuespan';
import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import { insideTag, roleIndex } from './tags';

/** Plural nouns for what states something, which the cue ranker takes off the source's end. */
const STATING_NOUN = /^(?:reports|plans)$/;

/**
 * The word after the noun must be a verb's: not a preposition ("UK plans
 * for"), "that" or a mark ("The New York Times reports:", where "reports" is
 * the verb).
 */
const NOT_A_VERB = /^(?:about|by|for|from|in|of|on|to|with|that)$/;

/**
 * "Press reports suggest that …", "Initial business plans forecast …": the
 * span ranker opens the cue on the plural noun that ends the source, leaving
 * "Press" or "Initial business" to speak. A cue of two or more words opening
 * on such a noun right after a tagged source, before a verb, gives the noun back to the source. `tags` is changed in place.
 */
export function nounOffCue<S extends Span>(seq: Sequence, tags: Int32Array, span: S): S {
  if (span.last <= span.first || !STATING_NOUN.test(wordAt(seq, span.first))) return span;
  if (roleIndex(tags[span.first - 1] ?? 0) !== 1) return span;
  const next = wordAt(seq, span.first + 1);
  if (!/^[a-z]+$/.test(next) || NOT_A_VERB.test(next)) return span;
  tags[span.first] = insideTag('source');
  return { ...span, first: span.first + 1 };
}
