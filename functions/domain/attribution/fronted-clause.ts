import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { clauseEnd, runContentOn, sentenceClose, soleContentAfterCue, takesIn } from './content-run-on';

/**
 * A content of "that" and an adverbial clause only: "that when all these
 * planes have been delivered", "that despite their political differences".
 * The clause opens on a subordinator; the "that" clause's own subject and
 * verb come after the comma that closes it.
 */
const FRONTED =
  /^that\s+(?:after|before|when|whenever|while|whilst|since|if|unless|until|although|though|because|once|despite|even\s+(?:if|though)|as\s+(?:soon|long)\s+as|now\s+that)\s/iu;

/**
 * The comma and the word the main clause opens on: a subject, not a
 * conjunction, relative, subordinator, preposition-like word, adverb in -ly or
 * -ing word, which would open another aside or a clause of the writer's
 * (", saying he trusted …", ", particularly with …", ", and he may be …").
 */
const MAIN_CLAUSE =
  /^,\s+(?!(?:and|but|or|nor|so|yet|then|which|who|whom|whose|where|when|while|whilst|as|if|because|since|although|though|unless|until|before|after|once|including|such|according|despite|with|without|like|not|too|also|however|even|than)\b)(?!\p{L}+(?:ing|ly)\b)[\p{L}\p{N}'’]/u;

/**
 * "admitting that after successfully fighting off the child's mother | , he
 * drove to a church parking lot", "The airline said that when all these
 * planes have been delivered | , it will be able to carry …": the tagger ends
 * a content after its cue where the adverbial clause it opens on closes,
 * leaving "that" without its clause. A content of one piece that is "that"
 * and such a clause, ending right before a comma and the main clause's
 * subject, runs on to the sentence's end; where that takes in a cue or source
 * (this claim's or another's: `taken`, "…, he said"), to the main clause's
 * first comma, if that takes in none.
 */
export function overFrontedClause(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const content = soleContentAfterCue(a);
  if (!content) return a;
  if (!FRONTED.test(text.slice(content.start, content.end))) return a;
  if (!MAIN_CLAUSE.test(text.slice(content.end, content.end + 60))) return a;
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence || sentence.start > content.start) return a;
  // past the comma and its blanks: the main clause's first word
  const from = content.end + (/^,\s+/u.exec(text.slice(content.end)) as RegExpExecArray)[0].length;
  let end = sentenceClose(text, content.end, sentence);
  // "…, customers were getting hit, he said": the main clause up to its own comma
  if (takesIn(taken, content.end, end)) end = clauseEnd(text, from, sentence.end);
  return runContentOn(a, content, taken, from, end);
}
