/** A word before a name that makes it a company: "oil firm Rosneft", "carmaker Maruti". */
const BEFORE =
  /(?<![\p{L}-])(?:firm|company|companies|group|giant|retailer|carrier|airline|label|studios?|chain|operator|provider|manufacturer|broker|insurer|conglomerate|brewer|bank|carmaker|bookmaker|drugmaker|chipmaker|automaker|steelmaker|toymaker)\s+$/iu;
/**
 * Cues that also come before a person's full name ("analyst Bill Thompson",
 * "founder of the consultancy Jeanne-Marie Gescher"), so they count for
 * one-word names only: "analysts Gartner", "security expert at Energis",
 * "Chelsea winger Arjen Robben".
 */
const ONE_WORD_BEFORE = /(?<![\p{L}-])(?:analysts|consultancy)\s+$/iu;
/**
 * A job held at the name: "security expert at Energis", "vice-president of
 * research at Gartner", "chief executive of Sainsbury". Spokesmen and
 * advisers are left out: they speak for people too ("a spokesman for Blair").
 */
const JOB_AT =
  /(?<![\p{L}-])(?:expert|director|analyst|president|executive|officer|chairman|chairwoman|editor|founder|economist|researcher|engineer|partner|consultant|strategist)\s+(?:of\s+(?:\p{L}+\s+){1,3})?(?:at|for|of)\s+$/iu;
/** A club's people after its name: "Chelsea winger Arjen Robben", "Gloucester prop", "Chelsea's £24m striker". */
const CLUB_ROLE =
  /^(?:['’]s)?\s+(?:£\S+\s+)?(?:winger|defender|striker|midfielder|goalkeeper|keeper|skipper|manager|coach|physio|forward|full-back|fly-half|scrum-half|prop|hooker|flanker|director of rugby|chairman|youngster)\b/iu;
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
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 30);
    const oneWord = !/\s/.test(m.text.trim());
    const cued =
      BEFORE.test(before) ||
      AFTER.test(after) ||
      (oneWord && (ONE_WORD_BEFORE.test(before) || JOB_AT.test(before) || CLUB_ROLE.test(after)));
    if (cued) for (const w of wordsOf(m.text)) words.add(w);
  }
  return words;
}

/** Whether a name is made only of company words. */
export function isCompanyName(name: string, words: Set<string>): boolean {
  return words.size > 0 && wordsOf(name).every((w) => words.has(w));
}
