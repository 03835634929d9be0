import { formatOfKey, unreadableExtension } from '../domain/parse/format';
import { HttpError } from './http';

/**
 * The file name a client gave in `x-filename`, made safe to use in an
 * object key: its last path segment, without control characters or dots at
 * either end, with the content type's extension when it has none. A name
 * that is only a file extension (`.txt`, what `x-filename: $name.txt` sends
 * with $name empty) is refused: it was stored as `txt.txt`, a name the
 * client never gave. A dot file of another word (`.notes`) keeps its word.
 */
export function fileName(header: string | undefined, extension: string): string {
  const base =
    headerText(header ?? '')
      .split(/[\\/]/)
      .pop() ?? '';
  const visible = base.replace(/[\p{Cc}\p{Cf}]/gu, '');
  const clean = visible
    .replace(/^[\s.]+/, '')
    // a trailing dot or blank is no part of a name on any file system: "story.pdf." is a PDF
    .replace(/[\s.]+$/, '');
  if (!clean) return `article${extension}`;
  if (/^[\s.]*\./.test(visible) && isFileExtension(clean, extension))
    throw new HttpError(
      400,
      'BAD_REQUEST',
      `headers.x-filename: "${visible}" is only a file extension, with no name before it: send a name such as story.${clean}, or leave x-filename out`,
    );
  return fitBytes(EXTENSION.test(clean) ? clean : `${clean}${extension}`);
}

/** A file extension at the end of a name. */
const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
/** Whether a word is an extension a file is named with: the content type's, gzip's, or one the parser reads or refuses. */
function isFileExtension(word: string, extension: string): boolean {
  if (word.includes('.')) return false;
  const ext = word.toLowerCase();
  if (`.${ext}` === extension || ext === 'gz') return true;
  return unreadableExtension(`x.${ext}`) !== null || formatOfKey(`x.${ext}`) !== undefined;
}

/**
 * Longest name kept, in UTF-8 bytes. File systems allow 255 per name, and the
 * local stack's s3rver stores a key's last segment as a file name with a
 * suffix of about 60 bytes: a 190-character name failed there with a 500.
 */
export const MAX_NAME_BYTES = 150;

/** The name cut to MAX_NAME_BYTES at a character boundary, its extension kept. */
function fitBytes(name: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const ext = EXTENSION.exec(name)?.[0] ?? '';
  let stem = '';
  let bytes = ext.length;
  for (const ch of name.slice(0, name.length - ext.length)) {
    bytes += Buffer.byteLength(ch);
    if (bytes > MAX_NAME_BYTES) break;
    stem += ch;
  }
  return `${stem.trimEnd()}${ext}`;
}

/**
 * A header value as the client meant it. Non-ASCII names arrive either
 * percent-encoded (the portable way: `R%C3%A9sum%C3%A9.txt`) or as raw UTF-8
 * bytes, which Node's HTTP parser hands over one byte per character (Latin-1);
 * those are read back as UTF-8 when they are valid UTF-8, and kept otherwise
 * (a real Latin-1 name). Raw bytes are read first, so a name holding both
 * (`fähre%20nord.txt`, typed in a shell) is not left half Latin-1.
 */
export function headerText(raw: string): string {
  const text = rawUtf8(raw);
  if (/%[0-9A-Fa-f]{2}/.test(text)) {
    try {
      return decodeURIComponent(text);
    } catch {
      return text; // a lone % sign: the name is meant literally
    }
  }
  return text;
}

function rawUtf8(raw: string): string {
  if (!/[\u0080-\u00ff]/.test(raw) || /[\u0100-\uffff]/.test(raw)) return raw;
  const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
  return utf8.includes('\ufffd') ? raw : utf8;
}
