import { unescapeDouble, unquote } from './quoted';

/** `key = value`, the key bare, quoted, or dotted (`params.x`, a nested table's: skipped). */
const ENTRY = /^("(?:[^"\\]|\\.)*"|'[^']*'|[\w-]+(?:\s*\.\s*[\w-]+)*)\s*=\s*(.*)$/;
/** `[params]`, `[[authors]]`: every key after a table header is that table's. */
const TABLE = /^\[\[?[^\]]*\]\]?\s*(?:#.*)?$/;
const MULTI_BASIC = /^"""\n?((?:[^\\]|\\[\s\S])*?)"""/;
const MULTI_LITERAL = /^'''\n?([\s\S]*?)'''/;
const BASIC = /^"(?:[^"\\\n]|\\.)*"/;
const LITERAL = /^'[^'\n]*'/;
/** Strings and `#` comments, blanked when counting an array's brackets. */
const STRING_OR_COMMENT = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|#.*$/gm;
/** An array's strings, comments and bare values (numbers, dates); brackets and commas between. */
const ARRAY_TOKEN = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|#.*$|[^\s,[\]#"']+/gm;

/**
 * The top-level keys of TOML front matter (`+++` blocks, as Hugo writes them),
 * as a record of strings and string lists: strings of all four kinds, arrays
 * over several lines, and dates, numbers and booleans as written. Inline
 * tables and tables' keys are skipped: no article field is one. Null when a
 * line is no TOML entry: then the block is not front matter. By hand, as the
 * YAML reader is: see there why.
 */
export function readTomlFields(block: string): Record<string, unknown> | null {
  const fields: Record<string, unknown> = {};
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line || line.startsWith('#')) continue;
    if (TABLE.test(line)) break;
    const entry = ENTRY.exec(line);
    if (!entry) return null;
    let value = entry[2] as string;
    while (!closed(value) && i + 1 < lines.length) value += `\n${lines[++i]}`;
    if (!closed(value)) return null;
    const key = unquote(entry[1] as string);
    const parsed = readValue(value);
    if (/^[\w-]+$/.test(key) && parsed !== undefined) {
      fields[key] = parsed;
      fields[key.toLowerCase()] ??= parsed;
    }
  }
  return fields;
}

/** False while a multi-line string or an array has not closed yet. */
function closed(value: string): boolean {
  if (value.startsWith('"""')) return MULTI_BASIC.test(value);
  if (value.startsWith("'''")) return MULTI_LITERAL.test(value);
  if (!value.startsWith('[')) return true;
  const brackets = value.replace(STRING_OR_COMMENT, '');
  return count(brackets, '[') <= count(brackets, ']');
}

const count = (text: string, char: string): number => text.split(char).length - 1;

function readValue(value: string): string | string[] | undefined {
  const multiBasic = MULTI_BASIC.exec(value);
  // A backslash at a line's end joins it to the next, leading spaces dropped.
  if (multiBasic) return unescapeDouble((multiBasic[1] as string).replace(/\\[ \t]*\n\s*/g, ''));
  const multiLiteral = MULTI_LITERAL.exec(value);
  if (multiLiteral) return multiLiteral[1];
  const quoted = BASIC.exec(value) ?? LITERAL.exec(value);
  if (quoted) return unquote(quoted[0]);
  if (value.startsWith('[')) {
    const items = (value.match(ARRAY_TOKEN) ?? []).filter((token) => !token.startsWith('#'));
    return items.map(unquote).filter(Boolean);
  }
  if (value.startsWith('{')) return undefined;
  return value.replace(/\s+#.*$/, '').trim();
}
