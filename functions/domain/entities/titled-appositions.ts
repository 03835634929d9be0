import type { Token } from '../text/tokenize';
import { RANKS } from './lexicons';
import { HONORIFICS, isCapitalized, lower } from './role-words';

/** What closes an apposition after the name: "…, Lord Falconer, agreed", "said its chairman, Sir Tom Bell." */
const CLOSES = /^[,.;:]$/;

const isTitle = (t: Token) => isCapitalized(t) && (HONORIFICS.has(lower(t)) || RANKS.has(lower(t)));

/**
 * The comma that sets an office off before a name's honorific or title:
 * "its chairman, Sir Tom Bell,", "The Lord Chancellor, Lord Falconer,
 * agreed". Only where the name's apposition closes after it, as "did not
 * trust the prime minister, Mr Brown replied" names another man. `first` is
 * the name's first token, `last` its last.
 */
export function commaBeforeTitle(tokens: Token[], first: number, last: number): number | undefined {
  let i = first - 1;
  while (i >= 0 && isTitle(tokens[i] as Token)) i--;
  if (i === first - 1 || tokens[i]?.text !== ',') return undefined;
  const after = tokens[last + 1];
  return after === undefined || CLOSES.test(after.text) ? i : undefined;
}

const JOINS_THE = new Set(['of', 'to', 'for', 'and']);

/** "told MPs the Lord Chancellor, Lord Fenby,": such an office opens on its own "the", not on the words before it. */
export function fromOwnArticle(role: string): string {
  const words = role.split(' ');
  for (let i = words.length - 2; i > 0; i--)
    if (words[i]?.toLowerCase() === 'the' && !JOINS_THE.has(words[i - 1]?.toLowerCase() ?? ''))
      return words.slice(i + 1).join(' ');
  return role;
}
