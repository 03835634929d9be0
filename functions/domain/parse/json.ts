import { InputError } from '../model/errors';
import { readArticleFields } from './fields';
import { htmlFragmentToText } from './html-fragment';
import type { ParsedArticle } from './types';

/** One record of a multi-article file: an article, or why that record failed. */
export type ParsedPart = { article: ParsedArticle } | { error: InputError };

/** A JSON object or array of objects; falls back to NDJSON when the whole text is not one JSON value. */
export function parseJson(raw: string): ParsedPart[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    if (raw.trim().split('\n').length > 1) return parseNdjson(raw);
    throw new InputError('MALFORMED_JSON', `invalid JSON: ${(err as Error).message}`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) throw new InputError('NO_TEXT', 'the JSON array holds no articles');
  return records.map((record, i) => toPart(record, `item ${i}`));
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
  const text = /<\/?(p|div|br|h[1-6]|li|span|a|em|strong)\b/i.test(fields.body)
    ? htmlFragmentToText(fields.body)
    : fields.body;
  return {
    article: {
      title: fields.title,
      byline: fields.byline,
      published: fields.published,
      url: fields.url,
      language: fields.language,
      source: fields.source,
      text,
    },
  };
}
