import { isUtf8 } from 'node:buffer';
import { formatOfContentType, formatOfKey, sniffFormat } from '../domain/parse/format';
import type { Format } from '../domain/parse/types';
import { HttpError } from './http';
import { FORMAT_NAMES } from './upload-format';

/** What to send a body of each format as: its Content-Type and extension. */
const SEND: Record<Format, [string, string]> = {
  txt: ['text/plain', '.txt'],
  md: ['text/markdown', '.md'],
  html: ['text/html', '.html'],
  json: ['application/json', '.json'],
  ndjson: ['application/x-ndjson', '.ndjson'],
};

/**
 * Refuses a body whose content is plainly another format than the one its
 * name and Content-Type have it read as, as FORMAT_MISMATCH does when those
 * two disagree: JSON read as text was indexed as its raw fields, and text
 * read as HTML lost its headline and paragraphs. Only bodies a glance
 * settles: gzip and bytes that are not UTF-8 are left to ingest.
 */
export function checkBodyFormat(name: string, named: boolean, mime: string, body: Uint8Array): void {
  const byName = formatOfKey(name);
  const byType = formatOfContentType(mime);
  const readAs = byName ?? byType;
  if (!readAs || readAs === 'json' || readAs === 'ndjson' || body[0] === 0x1f || !isUtf8(body)) return;
  const is = bodyFormat(
    Buffer.from(body)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    readAs,
  );
  if (!is) return;
  const [type, extension] = SEND[is];
  const byHeader = named && byName === readAs;
  const says = [byType === readAs && `Content-Type ${mime}`, byHeader && `x-filename "${name}"`];
  const fix = [
    byType === readAs && `send it as ${type}`,
    byHeader && `name it with a ${extension} extension`,
  ];
  const and = (parts: (string | false)[]) => parts.filter(Boolean).join(' and ');
  throw new HttpError(
    400,
    'FORMAT_MISMATCH',
    `the body is ${FORMAT_NAMES[is]}, but ${and(says)} would have it read as ${FORMAT_NAMES[readAs]}: ${and(fix)} (or, as application/octet-stream with no x-filename, have its format told from its content)`,
  );
}

/** What the text plainly is when that is not what it would be read as, or null. */
function bodyFormat(text: string, readAs: Format): Format | null {
  const json = jsonFormat(text.trim());
  if (json) return json;
  // Markdown may hold HTML; plain text opening as a page or a fragment is one
  if (readAs === 'txt' && sniffFormat(text) === 'html') return 'html';
  if (readAs === 'html' && !/<[a-z!/?]/i.test(text)) return 'txt';
  return null;
}

/** JSON articles: an object or an array of objects; or NDJSON, a line of one object each. */
function jsonFormat(text: string): Format | null {
  if (!text.startsWith('{') && !text.startsWith('[')) return null;
  const whole = parse(text);
  if (isArticles(whole)) return 'json';
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.length > 1 && lines.every((line) => isObject(parse(line))) ? 'ndjson' : null;
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isArticles = (value: unknown) =>
  isObject(value) || (Array.isArray(value) && value.length > 0 && value.every(isObject));

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
