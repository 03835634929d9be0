import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { runContentOn, sentenceClose, soleContentAfterCue } from './content-run-on';

/**
 * "The BBA believes that the property market | is continuing to cool down",
 * "UKIP officials claim it | was in fact …": the tagger ends the content on
 * the clause's subject, right before its finite verb. A content right after
 * its cue that is only a subject ("that" and a short noun phrase, or a
 * pronoun) and an auxiliary, copula or modal next goes on to the clause's
 * end: the sentence's, or a "but", "while" or "whereas", semicolon, colon
 * or dash before it, as PolNeAR marks it ("argue that the top echelons of
 * power are rigged against women, while …"). Without "that" the cue must be
 * a verb of saying or thinking: after a noun cue the words are its object
 * ("calls for more troops have come …", "attacks on him are …").
 */
export function overSubjectCut(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const cue = a.cue.at(-1) as Range;
  const content = soleContentAfterCue(a);
  if (!content || !/^ $/u.test(text.slice(cue.end, content.start))) return a;
  const m = SUBJECT_ONLY.exec(text.slice(content.start, content.end));
  if (!m?.groups) return a;
  if (!m.groups.that && !(m.groups.pronoun || SAYING.test(text.slice(cue.start, cue.end)))) return a;
  if (!FINITE_NEXT.test(text.slice(content.end, content.end + 12))) return a;
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence) return a;
  const rest = text.slice(content.end, sentence.end);
  const stop = CLAUSE_STOP.exec(rest);
  const end = stop
    ? content.end + rest.slice(0, stop.index).trimEnd().length
    : sentenceClose(text, content.end, sentence);
  return runContentOn(a, content, taken, content.end, end);
}

/** A subject alone: "that" and up to six words of a noun phrase, or a pronoun, no verb or punctuation among them. */
const SUBJECT_ONLY =
  /^(?:(?<that>that)\s+)?(?:(?<pronoun>it|he|she|they|we|there)|(?!(?:it|he|she|they|we|there)$)(?:the|a|an|this|these|those|its|his|her|their|\p{Lu}[\p{L}'’-]*)(?:\s+(?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|that|who|which)\b)[\p{L}\p{N}'’-]+){0,5})$/u;
/** The clause's finite verb right after its subject. */
const FINITE_NEXT =
  /^\s(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does)\s/u;
/** A cue that is a verb of saying or thinking, its last word taking a clause. */
const SAYING =
  /(?:^|\s)(?:say|says|said|claim|claims|claimed|believe|believes|believed|think|thinks|thought|argue|argues|argued|insist|insists|insisted|hope|hopes|hoped|fear|fears|feared|warn|warns|warned|suggest|suggests|suggested|predict|predicts|predicted|doubt|admit|admits|admitted)$/u;
/** Where the clause ends inside its sentence: a contrast, or a semicolon, colon or dash. */
const CLAUSE_STOP = /,?\s(?:but|while|whereas)\s|[;:]|\s[-\u2013\u2014]\s/u;
