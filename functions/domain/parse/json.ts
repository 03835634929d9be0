import { InputError } from '../model/errors';
import { readArticleFields } from './fields';
import { decodeEntities, htmlFragmentToText } from './html-fragment';
import type { ParsedArticle } from './types';

/** One record of a multi-article file: an article, or why that record failed. */
export type ParsedPart = { article: ParsedArticle } | { error: InputError };

/**
 * A JSON object or array of objects. Text that is not one JSON value but whose
 * first line is one is NDJSON; otherwise it is broken JSON, and the error
 * says where.
 */
export function parseJson(raw: string): ParsedPart[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    if (firstLineIsJson(raw)) return parseNdjson(raw);
    throw new InputError('MALFORMED_JSON', `invalid JSON: ${withLineColumn((err as Error).message, raw)}`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) throw new InputError('NO_TEXT', 'the JSON array holds no articles');
  // One article's paragraphs, or many short articles? Guessing could merge
  // articles (and their claims) or split one, so say what to send instead.
  if (records.every((r) => typeof r === 'string')) {
    throw new InputError(
      'NO_TEXT',
      'a JSON array of strings is not an article: give objects with a body or text field',
    );
  }
  return records.map((record, i) => toPart(record, `item ${i}`));
}

function firstLineIsJson(raw: string): boolean {
  const text = raw.trim();
  const end = text.indexOf('\n');
  if (end < 0) return false; // one line: the whole text, which did not parse
  try {
    JSON.parse(text.slice(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Node 20's JSON.parse names a character offset (newer Nodes add line and column): people look for a line. */
function withLineColumn(message: string, raw: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at || /\bline \d+/.test(message)) return message;
  const before = raw.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return `${message} (line ${line} column ${before.length - before.lastIndexOf('\n')})`;
}

/** One JSON object a line; a bad line fails alone, the others still count. */
export function parseNdjson(raw: string): ParsedPart[] {
  const parts: ParsedPart[] = [];
  const lines = raw.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      parts.push(toPart(JSON.parse(line), `line ${i + 1}`));
    } catch (err) {
      const reason = err instanceof InputError ? err.message : `invalid JSON: ${(err as Error).message}`;
      parts.push({ error: new InputError('MALFORMED_JSON', `line ${i + 1}: ${reason}`) });
    }
  });
  if (parts.length === 0) throw new InputError('EMPTY', 'the file has no JSON lines');
  if (parts.every((p) => 'error' in p) && parts.length > 1) {
    throw new InputError('MALFORMED_JSON', `no line of the file is a JSON article (${parts.length} tried)`);
  }
  return parts;
}

const HTML_TAG = /<\/?(p|div|br|h[1-6]|li|span|a|em|strong)\b/i;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** CMS exports escape text for HTML (`Smith &amp; Co`) even where it has no tags. */
const unescapeHtml = (text: string): string => (ENTITY.test(text) ? decodeEntities(text) : text);

function toPart(record: unknown, where: string): ParsedPart {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return {
      error: new InputError('MALFORMED_JSON', `${where}: expected an object with a body or text field`),
    };
  }
  const fields = readArticleFields(record as Record<string, unknown>);
  if (!fields.body) {
    return {
      error: new InputError('NO_TEXT', `${where}: no body, text, content or articleBody field with text`),
    };
  }
  const { headline, text } = HTML_TAG.test(fields.body)
    ? htmlFragmentToText(fields.body)
    : { headline: null, text: unescapeHtml(fields.body) };
  return {
    article: {
      title: fields.title ? unescapeHtml(fields.title) : headline,
      byline: fields.byline && unescapeHtml(fields.byline),
      published: fields.published,
      url: fields.url,
      language: fields.language,
      source: fields.source,
      text,
    },
  };
}
