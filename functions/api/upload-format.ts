import { InputError } from '../domain/model/errors';
import { extensionOf, formatOfContentType, formatOfKey } from '../domain/parse/format';
import type { Format } from '../domain/parse/types';
import { isBinaryName } from './binary-names';
import { HttpError } from './http';

const NAMES: Record<Format, string> = {
  txt: 'plain text',
  md: 'Markdown',
  html: 'HTML',
  json: 'JSON',
  ndjson: 'NDJSON',
};

/** What a posted file may be, as the 400 for any other format says (each extension is one formatOfKey reads). */
export const ACCEPTED_FORMATS =
  'plain text (.txt), Markdown (.md), HTML (.html, .htm), JSON (.json) or NDJSON (.ndjson, .jsonl), each also gzip-compressed (.gz)';

/**
 * Refuses, before anything is stored, a posted file whose ingest could only
 * go wrong: a name whose extension the parser cannot read (it would fail
 * UNSUPPORTED_FORMAT after the 202), or names an image, archive or other
 * binary format (it would fail BINARY), or one whose extension names another
 * format than the Content-Type (the extension wins when the file is read, so
 * JSON sent as story.txt would be indexed as plain text, its fields lost).
 * A generic type (application/octet-stream, application/gzip) leaves the
 * format to the extension, and Markdown sent as text/plain is Markdown.
 */
export function checkUploadFormat(name: string, contentType: string): void {
  let byName: Format | undefined;
  try {
    byName = formatOfKey(name);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw unsupported(name, err.message);
  }
  if (isBinaryName(name)) throw unsupported(name, `.${extensionOf(name)} files are binary, not text`);
  const byType = formatOfContentType(contentType);
  if (!byName || !byType || byName === byType || (byType === 'txt' && byName === 'md')) return;
  throw new HttpError(
    400,
    'FORMAT_MISMATCH',
    `Content-Type ${contentType} says ${NAMES[byType]}, but x-filename "${name}" says ${NAMES[byName]} (the extension decides how the file is read): send the file's own Content-Type, or application/octet-stream, or name it with its format's extension`,
  );
}

function unsupported(name: string, why: string): HttpError {
  return new HttpError(400, 'UNSUPPORTED_FORMAT', `x-filename "${name}": ${why}; send ${ACCEPTED_FORMATS}`);
}
