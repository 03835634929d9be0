import { isName, NAME_END, NAMING } from '../attribution/naming-cue';

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
