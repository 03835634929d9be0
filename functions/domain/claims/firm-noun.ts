import { FIRM_NOUNS } from '../entities/non-person-cues';
import type { Range } from '../model/document';

/**
 * A firm's kind of business as the head of a definite nominal: "the lender",
 * "The German carmaker", "the band". Not "the central bank", a state's.
 */
const FIRM_HEAD = new RegExp(`^[Tt]he\\s+(?!central\\s)(?:[\\p{L}'’-]+\\s+){0,3}(?:${FIRM_NOUNS})$`, 'u');
/** Several firms, whom no one entity stands for: "the tobacco companies", "the studios". */
const PLURAL = /s$/u;
/** A firm noun, then an apposition that says what it is, not a name ("The firm, Paion"). */
const APPOSED = new RegExp(`^([Tt]he\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${FIRM_NOUNS})),\\s+(?=\\p{Ll})`, 'u');

/** Whether a source names one firm by its kind of business ("The UK's biggest mortgage lender"), read as "the firm" is. */
export function namesAFirm(source: string): boolean {
  const written = source.trim();
  return FIRM_HEAD.test(written) && !PLURAL.test(written);
}

/**
 * "The Swedish firm, the world's largest maker of home appliances": the
 * firm noun before the apposition, which speaks; null when there is none.
 */
export function firmBeforeApposition<S extends Range & { text: string }>(source: S): S | null {
  const firm = APPOSED.exec(source.text.trim())?.[1];
  if (!firm) return null;
  const start = source.start + source.text.indexOf(firm);
  return { ...source, start, end: start + firm.length, text: firm };
}
