/**
 * A "more than" that measures nothing ("This is more than just a theory.",
 * "IPTV is about more than telcos", "The Brits has proved to be nothing more
 * than a bargaining tool", "which is more than can be said for …"): a view
 * of what a thing is, no comparison to check. Masked before the reasons are
 * read, so a sentence with another reason (a figure, a cause, a date) stays.
 */
export function withoutEmptyComparison(sentence: string): string {
  return sentence.replace(EMPTY_COMPARISON_RE, ' ');
}

const EMPTY_COMPARISON_RE =
  /\b(?:(?:nothing|little|no) more than|about (?:much |far )?more than|more than (?:just|merely|simply|can be said))\b/gi;
