import {
  documentSignature,
  FORMATS_READ,
  formatOfContentType,
  formatOfKey,
  unreadableExtension,
} from '../domain/parse/format';
import type { Format } from '../domain/parse/types';
import { type ApiEvent, HttpError } from './http';

/** A format's name in a refusal's message. */
export const FORMAT_NAMES: Record<Format, string> = {
  txt: 'plain text',
  md: 'Markdown',
  html: 'HTML',
  json: 'JSON',
  ndjson: 'NDJSON',
};

/**
 * Refuses, before anything is stored, a posted file whose ingest could only
 * go wrong: a name whose extension the parser cannot read, a document format
 * or an image, archive or other binary one (it would fail UNSUPPORTED_FORMAT
 * after the 202), or one whose extension names another
 * format than the Content-Type (the extension wins when the file is read, so
 * JSON sent as story.txt would be indexed as plain text, its fields lost).
 * A generic type (application/octet-stream, application/gzip) leaves the
 * format to the extension, and Markdown sent as text/plain is Markdown.
 */
export function checkUploadFormat(name: string, contentType: string): void {
  const unreadable = unreadableExtension(name);
  if (unreadable) throw unsupported(name, unreadable);
  const byName = formatOfKey(name);
  const byType = formatOfContentType(contentType);
  if (!byName || !byType || byName === byType || (byType === 'txt' && byName === 'md')) return;
  throw new HttpError(
    400,
    'FORMAT_MISMATCH',
    `Content-Type ${contentType} says ${FORMAT_NAMES[byType]}, but x-filename "${name}" says ${FORMAT_NAMES[byName]} (the extension decides how the file is read): send the file's own Content-Type, or application/octet-stream, or name it with its format's extension`,
  );
}

function unsupported(name: string, why: string): HttpError {
  return new HttpError(400, 'UNSUPPORTED_FORMAT', `x-filename "${name}": ${why}; send ${FORMATS_READ}`);
}

/**
 * Refuses a PDF or Word file sent as text or as bytes, before anything is
 * stored: as text it was answered BODY_NOT_KEPT, whose advice (send it as
 * bytes) led to a 202 and a file failed BINARY.
 */
export function checkUploadBody(event: ApiEvent): void {
  const body = event.body ?? '';
  const head = event.isBase64Encoded
    ? Buffer.from(body.slice(0, 12), 'base64').toString('latin1')
    : body.slice(0, 8);
  const found = documentSignature(head);
  if (found)
    throw new HttpError(
      400,
      'UNSUPPORTED_FORMAT',
      `the body is ${found}, not a format read: send ${FORMATS_READ} (save the article as text or HTML first)`,
    );
}
