/**
 * A sentence ending on an exclamation after a word in lower case ("…isn't
 * that good!", "the best song of the last 25 years!!!!", "…will open for
 * you!"): a reader's comment or a blog's cheer, not news narration, which
 * states its facts flat. A title's mark ("the musical Oliver!", "Kerrang!")
 * follows a capital; a quote's closing mark after it ("…!\"") leaves a
 * speaker's words alone.
 */
export function isExclamation(sentence: string): boolean {
  return EXCLAIMED_RE.test(sentence);
}

const EXCLAIMED_RE = /(?:(?<![\p{L}\p{N}'’-])\p{Ll}{2,20}\s?!|!!)[!)\s]{0,8}$/u;
