import { withoutInnerQuotes } from './first-person';
import { hasFigure } from './quantities';

/**
 * The writer's judgement told by an adverb of stance, with no figure
 * ("Europe is undoubtedly more advanced than the US in …", "This is hardly
 * surprising", "he certainly looks a better bet than …", "Of course,
 * broadband in the UK is laughably slow compared to …", "Perhaps more
 * important than any of the technology is …"): a view, whatever comparison
 * or cause it holds. A figure keeps the sentence; the adverb inside a quote
 * closed within the sentence does not count. Not "arguably", which judges a
 * phrase within a fact ("faces arguably the biggest test of her career in
 * the New York City Marathon on Sunday").
 */
export function isStanceTaken(sentence: string): boolean {
  return STANCE_RE.test(withoutInnerQuotes(sentence)) && !hasFigure(sentence);
}

const STANCE_RE = /\b(?:undoubtedly|certainly|surely|hardly|perhaps|hopefully|of course|no doubt)\b/i;
