/**
 * A sentence told in the first person singular ("I got mine 12 years ago.",
 * "80% of my costs are labour."): a reader's comment, a columnist's diary or
 * a speaker's words whose tag was lost. News narration never says "I", so
 * such a sentence is someone's own experience or view, not a fact the
 * article states for checking. An "I" in a quote within the sentence (a
 * title, "I'm lovin' it", or a speaker's words in narration) and a capital "I"
 * after a name's word ("Zone I tie", "World War I") do not count.
 */
export function isFirstPerson(sentence: string): boolean {
  const text = withoutInnerQuotes(sentence);
  if (MY_RE.test(text)) return true;
  for (const m of text.matchAll(I_RE)) {
    const before = text.slice(0, m.index).trimEnd();
    const last = LAST_WORD_RE.exec(before)?.[0];
    // a title-case word before "I", not the sentence's first, makes it a name's part
    if (last === undefined || before.length === last.length || !TITLE_CASE_RE.test(last)) return true;
  }
  return false;
}

/** The sentence without the quotes closed within it: the quoted speaker's words, not the sentence's; a quote opening the sentence is its own words. */
export function withoutInnerQuotes(sentence: string): string {
  return sentence.replace(CLOSED_QUOTE_RE, (quote, at: number) => (at === 0 ? quote : ' '));
}

/** A quote opened and closed within the sentence: a title, a slogan or words quoted in narration. */
const CLOSED_QUOTE_RE = /["“][^"“”\n]{1,600}["”]/g;
/** "my" before a word in lower case (not "Dating my Teenage Daughter"), "me", "myself". */
const MY_RE = /(?<![\p{L}\p{N}'’])(?:my\s+\p{Ll}|(?:me|myself)(?![\p{L}\p{N}]))/u;
/** The pronoun "I" before a word in lower case, or "I'm", "I've", "I'd", "I'll" not before a title's word ("I've Got A Woman"). */
const I_RE = /(?<![\p{L}\p{N}'’])I(?:\s+(?=\p{Ll})|['’](?:m|ve|d|ll)(?![\p{L}])(?!\s+\p{Lu}))/gu;
const LAST_WORD_RE = /[\p{L}'’-]{1,40}$/u;
const TITLE_CASE_RE = /^\p{Lu}/u;
