/** A word before a name that makes it a company: "oil firm Rosneft", "carmaker Maruti". */
const BEFORE =
  /(?<![\p{L}-])(?:firm|company|companies|group|giant|retailer|carrier|airline|label|studios?|chain|operator|provider|manufacturer|broker|insurer|conglomerate|brewer|bank|carmaker|bookmaker|drugmaker|chipmaker|automaker|steelmaker|toymaker)\s+$/iu;
/** What only a company has after its possessive: "Merck's shares". */
const AFTER =
  /^['’]s\s+(?:shares|profits?|sales|revenues?|chief executive|board|shareholders|stock|earnings|results)\b/iu;

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/);

/**
 * Names tagged as people that the text itself treats as companies, by their
 * words. Every mention made of those words is then the company too ("Hardie"
 * after "James Hardie's shareholders"), so one entity gets one type.
 */
export function companyWords(
  text: string,
  people: readonly { start: number; end: number; text: string }[],
): Set<string> {
  const words = new Set<string>();
  for (const m of people) {
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const after = text.slice(m.end, m.end + 30);
    if (BEFORE.test(before) || AFTER.test(after)) for (const w of wordsOf(m.text)) words.add(w);
  }
  return words;
}

/** Whether a name is made only of company words. */
export function isCompanyName(name: string, words: Set<string>): boolean {
  return words.size > 0 && wordsOf(name).every((w) => words.has(w));
}
