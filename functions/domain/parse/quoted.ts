/**
 * Quoted scalars as YAML and TOML front matter write them. Their double-quoted
 * escapes are one set (TOML's is a subset of YAML's), so one reader serves both.
 */

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  ' ': ' ',
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g;
const DOUBLE = /^"((?:[^"\\]|\\[\s\S])*)"$/;
const SINGLE = /^'((?:[^']|'')*)'$/;
/** One item of a flow list or TOML array: a quoted string, or text up to the next comma. */
const LIST_ITEM = /"(?:[^"\\]|\\[\s\S])*"|'(?:[^']|'')*'|[^,]+/g;

/**
 * A value without its quotes: `"…"` with its escapes read (`\"`, `\n`,
 * `\u00e9`), `'…'` with `''` as one quote; other text trimmed as it is.
 */
export function unquote(value: string): string {
  const text = value.trim();
  const double = DOUBLE.exec(text);
  if (double) return unescapeDouble(double[1] as string);
  const single = SINGLE.exec(text);
  return single ? (single[1] as string).replace(/''/g, "'") : text;
}

/** The items of `a, "b, c", 'd'` (a list's inside, brackets off), unquoted; empty ones dropped. */
export function listItems(inside: string): string[] {
  return (inside.match(LIST_ITEM) ?? []).map(unquote).filter(Boolean);
}

/** An escape neither format knows, or a code point past Unicode, stays as written rather than be lost. */
export function unescapeDouble(text: string): string {
  return text.replace(ESCAPE, (whole, code: string) => {
    if (code.length === 1) return ESCAPES[code] ?? whole;
    const point = Number.parseInt(code.slice(1), 16);
    return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}
