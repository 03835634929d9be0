import { afterCommonNoun, isName, NAME_END, NAMING } from '../attribution/naming-cue';

/**
 * Whether a bare naming verb with no source only names a thing: "a test
 * service …, called MSN Spaces.", "Called Speegle, it has …". The
 * attribution step keeps those set off by a comma (PolNeAR train marks about
 * half its appositive namings a cue: "a regular series, called "Quick
 * Question""), but they report no one's words. A source ("Blair called Bush
 * …") or more than a name after the cue ("called the plans a disgrace")
 * keeps the claim.
 */
export function namesAside(cue: string, hasSource: boolean, restOfSentence: string): boolean {
  if (hasSource || !NAMING.test(cue.trim())) return false;
  const rest = restOfSentence.replace(/^\s+/u, '');
  const end = NAME_END.exec(rest)?.index ?? rest.length;
  return isName(rest.slice(0, end));
}

/** Where a name the sentence runs on past ends: "called Bofra is turning …", "called Spotlight that is due …". */
const NAME_THEN_CLAUSE = /\s(?:is|are|was|were|has|had|to|that|which|who|will|would|can|could)\s/u;

/**
 * Whether a naming verb right after a common noun gives a name that the
 * sentence then runs on past: "a woman called Sacheen Littlefeather to
 * collect his award", "a system called Unicode is used". The tagger took
 * the noun or nothing for a source and the clause for the content, so the
 * attribution step's own check (a content of only a name) missed it; PolNeAR
 * train marks none of its four such namings a cue. "The judges called X
 * "an impressive …"" (a quote, so not indirect) and "Yukos called the sale
 * illegal" (a name before) stay.
 */
export function namesInPassing(cue: string, before: string, restOfSentence: string): boolean {
  if (!NAMING.test(cue.trim()) || !afterCommonNoun(before)) return false;
  const rest = restOfSentence.replace(/^\s+/u, '');
  const end = Math.min(
    NAME_THEN_CLAUSE.exec(rest)?.index ?? rest.length,
    NAME_END.exec(rest)?.index ?? rest.length,
  );
  return isName(rest.slice(0, end));
}
