import type { Range } from '../model/document';

/**
 * Before a firm named only in passing: an outside commentator's employer
 * ("telecoms analyst at Dresdner Kleinwort Wasserstein"), or a member of a
 * list ("firms including Russia's OAO Mobile Telesystems", "as well as South
 * Korean firm SK Energy", "Its brands include AEG").
 */
const PASSING_BEFORE =
  /(?:\b(?:analysts?|economists?|strategists?|brokers?)\s+(?:at|with|from)\s+(?:the\s+)?|\b(?:including|includes?|included|such\s+as|as\s+well\s+as)\s+(?:[\p{L}'’&-]+(?:\.\p{L}+)?\s+){0,4})$/iu;
/** After one: an apposition saying it belongs to the firm spoken of ("T-Mobile USA, the company's American mobile business,"). */
const UNIT_AFTER = /^,\s+(?:the\s+(?:company|firm|group)['’]s|its)\s/iu;

/** Right before a source set off after the mention: "including JP Morgan, the US investment bank, have said". */
const APPOSED = /^,\s+$/u;

/**
 * Whether the story names this mention only in passing, not as the firm it
 * is about (an analyst's bank, a listed creditor); never one a source at
 * `at` is set beside. (./passing-name's namedInPassing is a person's.)
 */
export const namedAsPassingFirm = (text: string, m: Range, at: number): boolean =>
  !APPOSED.test(text.slice(m.end, at)) &&
  (PASSING_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
    UNIT_AFTER.test(text.slice(m.end, m.end + 30)));
