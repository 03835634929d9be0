/** "show" as the cue, with the adverbs no-statement.ts's SHOWN allows before it. */
const SHOWN =
  /^(?:(?:has|have|had|also|again|then|once|certainly|clearly|still|already)\s+)*(?:show|shows|showed|shown|showing)$/i;

/** What opens a clause or question shown, which may be someone's finding ("showed that …", "shows he is …"). */
const CLAUSE_FIRST =
  /^(?:that|how|what|why|whether|if|when|where|who|he|she|they|it|i|we|you|there|this|these|those)\b/i;

/** A pronoun for a person or a side. */
const PRONOUN = /^(?:he|she|they)$/i;

/**
 * "the teenager showed more confidence in the second set", "Paula showed
 * real 'bouncebackability'", "they showed their intent", "he showed no sign
 * of the problem": a person or side showing a quality or a deed, not words.
 * A "show" cue whose source is a person (or he, she, they) and whose content
 * opens on a noun phrase, not a clause, reports nothing. Figures and studies
 * still show ("Research by Dr Nielsen shows that …", "Taylor's blood work
 * showed his immune system was …": a source owned by someone is a thing).
 */
export function showsByPerson(
  cue: string,
  source: string | null,
  entityId: string | null,
  content: string,
): boolean {
  if (!source || !SHOWN.test(cue.trim())) return false;
  if (/['’]s\b/u.test(source)) return false;
  const person = entityId?.startsWith('person.') || PRONOUN.test(source.trim());
  return person === true && !CLAUSE_FIRST.test(content.trim());
}
