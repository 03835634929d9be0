/**
 * A short quote that cites a term rather than keeping the writer's distance
 * from it, so no scare quote: a label given "as" ("known as an "aggregator"",
 * "classed as "investment grade"", "such as "hurricane""), a rating ("holes
 * considered "critical""), a gloss ("which means "sons of Glyndwr""), the
 * name of a measure or a category before its kind ("the "new orders" index",
 * "the "don't know" box"), and a lone letter between apostrophes ("rock 'n'
 * roll").
 */
export function isQuotedTerm(text: string, start: number, end: number, words: string): boolean {
  return (
    words.length === 1 ||
    LABEL_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start)) ||
    KIND_AFTER_RE.test(text.slice(end, end + 14))
  );
}

/** "as", "as a(n)", "as the" ("such as", "known as"), a rating given, a gloss, right before the quote. */
const LABEL_BEFORE_RE = /(?<![\w-])(?:as(?: an?| the)?|considered|deemed|rated|means|meaning)[\s,:]{1,3}$/i;

/** A noun naming what the quoted words are the name of. */
const KIND_AFTER_RE =
  /^\s{1,2}(?:index|indices|category|categories|box|rules?|series|model|system|technology|gesture)\b/i;
