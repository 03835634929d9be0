import { afterCommonNoun, isName, NAME_END, NAMING } from '../attribution/naming-cue';
import type { Range, TextSpan } from '../model/document';
import { type Sentence, sentenceAt } from '../text/sentences';

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

/** A naming verb, bare or after an adverb: "officially titled", "Originally dubbed". */
const ADVERB_NAMING = new RegExp(
  `^(?:\\p{L}{1,20}ly\\s+)?(?:${NAMING.source.replace(/^\^|\$$/g, '')})$`,
  'iu',
);
/** A naming set off as an aside: after a comma, a spaced dash, or at the sentence's start. */
const ASIDE_OPEN = /(?:,|\s[-–])\s*$|^\s*$/u;

/**
 * Whether a naming verb with no source gives a term, not someone's words:
 * "radio shows, called podcasts", "links, called "trackers"", "The phone -
 * officially titled the V603SH -", "a phenomenon called 'knocking'". Set off
 * by a comma or dash, opening the sentence, or right after a common noun, it
 * is a reduced relative on the noun before, whatever term follows (a
 * lower-case word, a quoted one, a noun phrase), so `namesAside`'s
 * name-only test is not needed. A source ("Ms Reed, a councillor, called
 * …") or a helping verb ("has been dubbed … by campaigners") keeps the claim.
 */
export function namesTerm(cue: string, hasSource: boolean, before: string): boolean {
  if (hasSource || !ADVERB_NAMING.test(cue.trim())) return false;
  return ASIDE_OPEN.test(before) || afterCommonNoun(before);
}

/** Only a comma or a spaced dash between the source and the cue: "The tool, called", "Its service - dubbed". */
const APPOSED = /^\s?(?:,|\s[-–])\s$/u;

/**
 * Whether a naming verb set off right after the source names that source:
 * "The tool, called Picasa, detects photos", "Its paid service - dubbed
 * Skype Out - has". The tagger took the thing named for a speaker; with
 * only a name or title after the verb, no one's words are reported. Words
 * between ("Simon Thomas, of Plaid Cymru, called it …") or more than a name
 * after it ("called the plans "dangerous"") keep the claim.
 */
export function namesItsSource(cue: string, between: string, restOfSentence: string): boolean {
  if (!NAMING.test(cue.trim()) || !APPOSED.test(between)) return false;
  return namesAside(cue, false, restOfSentence);
}

/**
 * Whether a naming verb off the sentence's main clause gives a term or a
 * name, no one's words: with no source (`namesTerm`), right after the source
 * it names (`namesItsSource`), or before a source that is only the name the
 * tagger took for one ("The tool, called Picasa,").
 */
export function givesNameOnly(
  text: string,
  sentences: Sentence[],
  cue: TextSpan,
  source: Range[] | null,
  restOfSentence: string,
): boolean {
  const before = () => text.slice(sentenceAt(sentences, cue.start)?.start ?? 0, cue.start);
  if (namesTerm(cue.text, source !== null, before())) return true;
  const named = source?.[source.length - 1];
  if (!named) return false;
  if (namesItsSource(cue.text, text.slice(named.end, cue.start), restOfSentence)) return true;
  return (
    named.start >= cue.end &&
    /^\s*$/u.test(text.slice(cue.end, named.start)) &&
    namesTerm(cue.text, false, before())
  );
}
