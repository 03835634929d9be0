/**
 * A wish or refusal that picks out a class of people, no one's words:
 * "Licensees who persistently refuse to comply with the law will face …",
 * "Gamers who want to play online can create …", "any voter who refuses to
 * be inked will not receive the ballot". The clause, set off by no comma,
 * says whom the sentence is about, and the tagger's to-clause runs on into
 * the sentence's own verb. PolNeAR train marks a wish or refusal in a
 * clause so set off a cue 10 times in 40 ("Anyone who refuses to follow
 * …", "people who refuse to assimilate": none).
 */

/** "who"/"that" right before the cue, after a word, not a comma: a defining clause. */
const DEFINING = /[\p{L}\d)'’]\s{1,3}(?:who|that)\s{1,3}$/iu;
/**
 * A to-clause that reaches a modal after a word of its own, with no
 * pronoun or clause opener before it, which would make the modal its own
 * clause's ("to ensure they will …"). Words are runs without spaces, so
 * the bounded repeat reads each once.
 */
const RUNS_INTO_VERB =
  /^to\s+(?:(?!(?:that|which|who|whom|whose|if|when|where|whether|because|so|as|than|and|but|or|it|they|he|she|we|you|i|there|this|these|those)\s)\S+\s+){1,12}?(?:will|would|could|can|should|may|might|must)\s/i;
/** An infinitive that takes a clause of its own ("to say the economy will grow"). */
const CLAUSE_VERB =
  /^to\s+(?:say|claim|show|prove|think|believe|know|argue|suggest|warn|predict|ensure|insist|make\s+sure|see|find)\b/i;

/** Whether `before` (the text just before the cue) and `content` make a defining clause run into its sentence's verb. */
export function definesClass(before: string, content: string): boolean {
  return DEFINING.test(before) && RUNS_INTO_VERB.test(content) && !CLAUSE_VERB.test(content);
}
