import { readArticleFields } from './fields';
import { type ArticleMeta, NO_META } from './types';

/** `---`, lines, then `---` (or YAML's `...`) on a line of its own, at the very start. */
const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]*-[ \t]+(.*)$/;

/**
 * YAML front matter (Jekyll, Hugo and CMS exports) split from the text after
 * it, its fields read as a JSON record's are (title, date, author, url, lang).
 * Only a block of `key: value` lines, their lists and comments, naming at
 * least one of those fields, is front matter: prose between two rules stays
 * text. A subset of YAML, by hand: front matter is a few flat fields, and a
 * YAML library would add to every cold start's bundle. Nested maps and
 * multi-line scalars are skipped, not read.
 */
export function splitFrontMatter(raw: string): { meta: ArticleMeta; body: string } {
  const block = BLOCK.exec(raw);
  const fields = block ? readFields(block[1] as string) : null;
  if (!block || !fields) return { meta: NO_META, body: raw };
  const { title, byline, published, url, language, source } = readArticleFields(fields);
  const meta = { title, byline, published, url, language, source };
  // A block that names none of these is text between rules ("Note: figures revised"), kept as text.
  if (Object.values(meta).every((v) => v === null)) return { meta: NO_META, body: raw };
  return { meta, body: raw.slice(block[0].length) };
}

function readFields(block: string): Record<string, unknown> | null {
  const fields: Record<string, unknown> = {};
  let list: string[] | null = null;
  for (const line of block.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const field = FIELD.exec(line);
    if (field) {
      const [, key = '', value] = field;
      list = value?.trim() ? null : [];
      const parsed = list ?? scalarOrList(value as string);
      fields[key] = parsed;
      fields[key.toLowerCase()] ??= parsed; // `Title:` as well as `title:`
      continue;
    }
    if (!/^[ \t]/.test(line)) return null; // an unindented line that is no field: not front matter
    const item = ITEM.exec(line);
    if (item && list) list.push(unquote(item[1] as string));
  }
  return Object.keys(fields).length > 0 ? fields : null;
}

/** `[a, "b"]` is a list; anything else one value. */
function scalarOrList(value: string): string | string[] {
  const flow = /^\[(.*)\]$/.exec(value.trim());
  return flow ? (flow[1] as string).split(',').map(unquote).filter(Boolean) : unquote(value);
}

const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');
