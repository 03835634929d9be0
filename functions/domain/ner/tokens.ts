/** Tokens as the NER model keys them: normalised to CoNLL-2003 (Reuters) forms, then lowercased with digits folded. */

const CHAR_MAP: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '—': '--',
  '–': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
};
const CHAR_RE = /[“”„‟«»″‘’‚‛′`—–‐‑…]/g;

/** Undotted abbreviations of modern news spelled as Reuters (CoNLL-2003) spells them. */
const ALIASES = new Map([
  ['US', 'U.S.'],
  ['UN', 'U.N.'],
]);

/** Maps typographic punctuation (and a few spellings) to the forms CoNLL-2003 (Reuters) uses. */
export function normalizeToken(token: string): string {
  if (token === '``' || token === "''") return '"';
  const alias = ALIASES.get(token);
  if (alias) return alias;
  CHAR_RE.lastIndex = 0;
  return CHAR_RE.test(token) ? token.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c) : token;
}

/** Lowercased, digits folded to 0: the key for word identity, clusters and gazetteers. */
export function wordKey(normalized: string): string {
  return normalized.toLowerCase().replace(/[0-9]/g, '0');
}

/**
 * True when the token is ASCII letters only and no alias, so its key is just
 * its lower case: most words skip the regular expressions above.
 */
export function isPlainWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c > 0x7a || c < 0x41 || (c > 0x5a && c < 0x61)) return false;
  }
  return !ALIASES.has(token);
}

/** wordKey(normalizeToken(token)), fast for plain words (the gazetteer keys thousands at cold start). */
export function tokenKey(token: string): string {
  return isPlainWord(token) ? token.toLowerCase() : wordKey(normalizeToken(token));
}
