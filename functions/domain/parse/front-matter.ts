import { readArticleFields } from './fields';
import { listItems, unquote } from './quoted';
import { readTomlFields } from './toml-fields';
import { type ArticleMeta, NO_META } from './types';

/** `---`, lines, then `---` (or YAML's `...`) on a line of its own, at the very start. */
const YAML_BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** `+++`, lines, then `+++`: TOML front matter, as Hugo writes it. */
const TOML_BLOCK = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]*-[ \t]+(.*)$/;

/**
 * YAML or TOML front matter (Jekyll, Hugo and CMS exports) split from the
 * text after it, its fields read as a JSON record's are (title, date, author,
 * url, lang). Only a block of `key: value` (TOML: `key = value`) lines, their
 * lists and comments, naming at least one of those fields, is front matter:
 * prose between two rules stays text. Subsets of YAML and TOML, by hand:
 * front matter is a few flat fields, no YAML or TOML library is a dependency,
 * and the one in node_modules (`yaml`, under aws-cdk-lib) bundles to about
 * 86 KB minified, which every cold start of the ingest Lambda would load.
 * Block scalars (`>`, `|`), quoted escapes and comments are read; nested maps
 * and tables are skipped.
 */
export function splitFrontMatter(raw: string): { meta: ArticleMeta; body: string } {
  const yaml = YAML_BLOCK.exec(raw);
  const toml = yaml ? null : TOML_BLOCK.exec(raw);
  const block = yaml ?? toml;
  const fields = yaml ? readFields(yaml[1] as string) : toml ? readTomlFields(toml[1] as string) : null;
  if (!block || !fields) return { meta: NO_META, body: raw };
  const { title, byline, published, url, language, source } = readArticleFields(fields);
  const meta = { title, byline, published, url, language, source };
  // A block that names none of these is text between rules ("Note: figures revised"), kept as text.
  if (Object.values(meta).every((v) => v === null)) return { meta: NO_META, body: raw };
  return { meta, body: raw.slice(block[0].length) };
}

/** `>` folds the indented lines under a key into one line, `|` keeps their breaks; chomping and indent marks ignored. */
const BLOCK_SCALAR = /^([>|])[1-9+-]*$/;
/** A quoted YAML scalar at the start of a value, escapes and all. */
const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;

interface Entry {
  key: string;
  value: string;
  /** The indented (and blank) lines under the key: list items, a block scalar's text, or a nested map. */
  more: string[];
}

function readFields(block: string): Record<string, unknown> | null {
  const entries: Entry[] = [];
  for (const line of block.split('\n')) {
    if (!line.trim() || /^[ \t]/.test(line)) {
      entries.at(-1)?.more.push(line);
      continue;
    }
    if (line.startsWith('#')) continue;
    const field = FIELD.exec(line);
    if (!field) return null; // an unindented line that is no field: not front matter
    entries.push({ key: field[1] as string, value: withoutComment(field[2] ?? ''), more: [] });
  }
  if (entries.length === 0) return null;
  const fields: Record<string, unknown> = {};
  for (const { key, value, more } of entries) {
    const parsed = readValue(value, more);
    fields[key] = parsed;
    fields[key.toLowerCase()] ??= parsed; // `Title:` as well as `title:`
  }
  return fields;
}

/** A value on the key's line, a block scalar or list under it, or (a nested map) an empty list. */
function readValue(value: string, more: string[]): string | string[] {
  const scalar = BLOCK_SCALAR.exec(value);
  if (scalar) {
    const lines = more.map((l) => l.trim());
    return scalar[1] === '>' ? lines.filter(Boolean).join(' ') : lines.join('\n').trim();
  }
  if (value) return scalarOrList(value);
  return more.flatMap((line) => {
    const item = ITEM.exec(line);
    return item ? [unquote(withoutComment(item[1] as string))] : [];
  });
}

/** A value without its ` # comment`; a `#` inside quotes, or after no space (`#1`), is text. */
function withoutComment(value: string): string {
  const text = value.trim();
  const quoted = QUOTED.exec(text)?.[0].length ?? 0;
  const hash = text.slice(quoted).search(/(?:^|\s)#/);
  return hash < 0 ? text : text.slice(0, quoted + hash).trim();
}

/** `[a, "b"]` is a list; anything else one value. */
function scalarOrList(value: string): string | string[] {
  const flow = /^\[(.*)\]$/.exec(value.trim());
  return flow ? listItems(flow[1] as string) : unquote(value);
}
