import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import { inSentence, type Range } from './assemble';
import { FINITE, finiteAfter, PRONOUN } from './pronoun-report';
import { touches } from './trailing-report';

/**
 * "For BT Retail, she said, the new service could be …", "But now, he said,
 * laptops can last …": a phrase opening the sentence, "he", "she" or "they"
 * and a verb of saying set off by commas, then a clause.
 */
const PRONOUN_ASIDE =
  /^[^,"“”]{1,80}?,\s+(?<source>he|she|they)\s+(?<cue>said|says|added|adds|claimed|claims|argued|argues|believes|believed|thinks|thought|explained|explains|insisted|insists|warned|warns),\s+(?<content>(?<open>[\p{L}\p{N}'’-]+)\s[^"“”]*?)[.!?]?\s*["“]?\s*$/du;

/**
 * The report of a pronoun set off as an aside after the sentence's opening
 * phrase, in a sentence the tagger gave no cue, outside quotes and with no
 * attribution touching it: the pronoun the source, the verb the cue, the
 * clause after it the content (the opening is a circumstance, as the tagger
 * leaves it in "Before now, he said, it has been hard …"). The clause must
 * have its own subject: not "The firm, he said, is now expected to …".
 */
export function pronounAsides(
  text: string,
  sentences: readonly Range[],
  quotes: readonly Quote[],
  found: readonly Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const m = PRONOUN_ASIDE.exec(text.slice(s.start, s.end));
    const g = m?.indices?.groups;
    const open = m?.groups?.open ?? '';
    if (!g?.source || !g.cue || !g.content || touches(found, s) || FINITE.test(open)) continue;
    if (!PRONOUN.test(open) && !finiteAfter(m?.groups?.content ?? '')) continue;
    const at = s.start + g.source[0];
    if (quotes.some((q) => q.open < at && at < q.close)) continue;
    const span = inSentence(s);
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}
