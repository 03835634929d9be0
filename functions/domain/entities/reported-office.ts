import type { Token } from '../text/tokenize';

/** The name's own report closing the sentence: "…, Tony Blair has said." */
const TAG =
  /^(?:(?:has|had) )?(?:said|says|told|tells|argued|warned|insisted|claimed)(?: [\p{L}'’ -]{0,40})?[.!]?$/u;

/**
 * "…as he begins his second term as US President, Tony Blair has said.":
 * the office after "as" belongs to the clause the speaker reports, not to
 * the speaker whose trailing tag follows the comma. Not "As Chancellor,
 * Gordon Brown has said …", where the office opens the sentence and is the
 * subject's own, nor "his predecessor as CEO, Jim Cantalupo, died".
 * `first` is the role's first token, `last` the name's last.
 */
export function officeInReport(tokens: Token[], first: number, last: number): boolean {
  if (first < 2 || tokens[first - 1]?.text !== 'as') return false;
  const rest = tokens.slice(last + 1);
  if (rest.length === 0 || rest.length > 8) return false;
  return TAG.test(
    rest
      .map((t) => t.text)
      .join(' ')
      .replace(/ ([.!])$/, '$1'),
  );
}
